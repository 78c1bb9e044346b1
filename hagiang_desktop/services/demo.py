"""A demo database: the Hà Giang directory and about 60 realistic nominations of April 2018.

Deterministic (a fixed seed), so screenshots and tests see the same data. Every nomination comes
from Đồng Văn's own units, as the demo office (Phòng Nội vụ huyện Đồng Văn) receives them: its
communes and towns, and its offices and public units for the fields they work in (a school for
education, the health centre for health, any office for a model agency). Some meet every
criterion, some miss one or two (ineligible), some were received after the deadline
(supplements), and a few are already selected. Each field has its own achievements and good
practices; teachers work at a school and health staff at a health station of their commune; the
evidence is dated before the registration was received; a household is "Hộ bà" when its head
is a woman; two households meet every criterion. The rest of the directory (other districts,
provincial bodies) stays for the pickers and the province's views, without nominations.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import aliased
from sqlmodel import col

from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind, UnitKind
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.services import nominations, units
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.services.workspace import DEMO_AS_OF, OFFICE_UNIT, Workspace, open_workspace, set_setting
from hagiang_desktop.storage.models import Unit

_Parent = aliased(Unit)
DEMO_OFFICE = "026-NV"  # Phòng Nội vụ huyện Đồng Văn
DEMO_AS_OF_DAY = date(2018, 4, 20)
DEMO_COUNT = 60

_SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đỗ",
    "Lù",
    "Giàng",
    "Sùng",
    "Vàng",
    "Thào",
    "Lò",
    "Mua",
    "Hầu",
    "Nông",
    "Ma",
    "Triệu",
]
_MIDDLE = ["Văn", "Thị", "Mí", "Seo", "Chúng", "Đức", "Minh", "Thu", "Ngọc", "Quang"]
_GIVEN = [
    "Lan",
    "Sính",
    "Pà",
    "Dín",
    "Tủa",
    "Chứ",
    "Mỷ",
    "Hùng",
    "Hương",
    "Dũng",
    "Mai",
    "Thắng",
    "Hoa",
    "Páo",
    "Súa",
    "Cường",
]
_POSITIONS = {
    "2.1": ["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng"],
    "2.2": ["Chỉ huy trưởng Ban CHQS xã", "Trưởng Công an xã", "Dân quân"],
    "2.3": ["Giáo viên", "Hiệu trưởng", "Tổng phụ trách Đội"],
    "2.4": ["Y sỹ", "Trưởng Trạm Y tế", "Nhân viên y tế thôn bản"],
    "2.5": ["Chủ tịch Hội Phụ nữ xã", "Bí thư Đoàn xã", "Chủ tịch Hội Nông dân xã"],
    "2.6": ["Trưởng thôn", "Bí thư chi bộ thôn", "Người có uy tín"],
    "2.7": ["Giám đốc hợp tác xã", "Chủ trang trại", "Chủ cơ sở sản xuất"],
}
#: A commune's collectives by field: {c} is the commune as written after a noun ("xã Lũng Cú",
#: "thị trấn Phó Bảng"), {p} its proper name ("Lũng Cú"), {v} a village.
_COLLECTIVES = {
    "2.1": ["Văn phòng HĐND và UBND {c}", "Bộ phận tiếp nhận và trả kết quả {c}"],
    "2.2": ["Ban Chỉ huy Quân sự {c}", "Công an {c}"],
    "2.3": ["Trường Tiểu học {p}", "Trường Phổ thông Dân tộc bán trú THCS {p}", "Trường Mầm non {p}"],
    "2.4": ["Trạm Y tế {c}"],
    "2.5": ["Hội Liên hiệp Phụ nữ {c}", "Đoàn Thanh niên {c}", "Hội Nông dân {c}"],
    "2.6": ["{v}, {c}"],
    "2.7": ["Hợp tác xã chè Shan tuyết {p}", "Hợp tác xã dệt thổ cẩm {p}", "Hợp tác xã mật ong bạc hà {p}"],
}
#: Where a commune's individual of a field works (the registering unit is the commune).
_WORKPLACES = {
    "2.1": "UBND {c}",
    "2.2": "{c}",
    "2.3": "Trường Tiểu học {p}",
    "2.4": "Trạm Y tế {c}",
    "2.5": "{c}",
    "2.6": "{v}, {c}",
    "2.7": "{c}",
}
#: The district's own units that register models of a field besides its communes.
_DISTRICT_UNITS = {
    "2.1": ("026-TP", "026-TCKH", "026-VHTT", "026-VP", "026-NNPTNT"),
    "2.3": ("026-PTDTNT",),
    "2.4": ("026-TTYT",),
}
DEMO_DISTRICT = "026"  # Đồng Văn
#: The first model's unit: Phòng Kinh tế và Hạ tầng (the follow-up tests rename and merge it).
_FIRST_UNIT = "026-KTHT"
#: Positions where the field's usual ones (:data:`_POSITIONS`) do not fit the workplace.
_COMMUNE_CIVIL_SERVANTS = [
    "Công chức Văn phòng - Thống kê",
    "Công chức Tư pháp - Hộ tịch",
    "Phó Chủ tịch UBND",
]
_HEALTH_CENTRE = ["Bác sĩ", "Điều dưỡng", "Y sỹ"]
#: What a model of each field did, six per field (the random draws stay the same for every field).
_ACHIEVEMENTS = {
    "2.1": [
        "Giải quyết đúng hạn {n} hồ sơ thủ tục hành chính qua bộ phận một cửa, không hồ sơ nào trễ hẹn.",
        "Hoàn thành 100% nhiệm vụ năm 2017; {n} văn bản tham mưu được UBND huyện ban hành đúng hạn.",
        "Ứng dụng phần mềm quản lý văn bản, giảm {n}% giấy tờ giao dịch so với năm trước.",
        "Dẫn đầu khối thi đua các phòng, ban huyện năm 2017 với {n} sáng kiến được công nhận.",
        "Thực hiện tốt quy chế dân chủ; {n} ý kiến của nhân dân được trả lời đúng hạn.",
        "Tổ chức {n} buổi đối thoại với nhân dân, giải quyết dứt điểm các kiến nghị.",
    ],
    "2.2": [
        "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; huấn luyện {n} dân quân đạt loại khá, giỏi.",
        "Phối hợp Đồn Biên phòng Lũng Cú tuần tra {n} lượt, giữ vững an ninh đường biên, mốc giới.",
        "Hoàn thành 100% chỉ tiêu tuyển quân năm 2018 với {n} thanh niên lên đường nhập ngũ.",
        "Vận động nhân dân giao nộp {n} khẩu súng tự chế, vật liệu nổ.",
        "Hòa giải thành {n} vụ việc tại cơ sở, không để xảy ra điểm nóng về an ninh trật tự.",
        "Xây dựng {n} tổ an ninh tự quản ở thôn, bản hoạt động hiệu quả.",
    ],
    "2.3": [
        "Duy trì sĩ số học sinh 100%, không có học sinh bỏ học; {n} học sinh đạt giải cấp huyện.",
        "Vận động {n} trẻ 5 tuổi ra lớp, hoàn thành phổ cập giáo dục mầm non.",
        "Tổ chức bán trú cho {n} học sinh dân tộc Mông, bảo đảm bữa ăn đủ chất.",
        "Có {n} giáo viên đạt giáo viên dạy giỏi cấp huyện năm học 2016 – 2017.",
        "Xây dựng {n} phòng học bằng nguồn xã hội hóa, giữ vững trường chuẩn quốc gia.",
        "Dạy tăng cường tiếng Việt cho {n} học sinh lớp 1 người dân tộc thiểu số.",
    ],
    "2.4": [
        "Tiêm chủng đầy đủ cho {n} trẻ dưới 1 tuổi, đạt 98% kế hoạch.",
        "Khám, chữa bệnh cho {n} lượt người, không để xảy ra sai sót chuyên môn.",
        "Vận động {n} sản phụ sinh con tại trạm y tế, giảm tai biến sản khoa.",
        "Phát hiện sớm và khống chế {n} ổ dịch sởi, không để lây lan.",
        "Quản lý hồ sơ sức khỏe điện tử cho {n} hộ gia đình trong xã.",
        "Tuyên truyền về vệ sinh môi trường tại {n} thôn, 85% hộ có nhà tiêu hợp vệ sinh.",
    ],
    "2.5": [
        "Vận động {n} hội viên tham gia mô hình “5 không, 3 sạch”, 40 hộ hội viên thoát nghèo.",
        "Thành lập {n} tổ hợp tác, tổ vay vốn, giúp hội viên vay vốn sản xuất.",
        "Tổ chức {n} buổi sinh hoạt chuyên đề về phòng chống tảo hôn, hôn nhân cận huyết thống.",
        "Kết nạp {n} hội viên mới, nâng tỷ lệ tập hợp lên 92%.",
        "Đoàn viên thanh niên làm {n} ngày công giúp gia đình chính sách sửa nhà.",
        "Vận động xây dựng {n} “Mái ấm tình thương” cho hội viên nghèo.",
    ],
    "2.6": [
        "Vận động nhân dân hiến {n} m² đất, góp công làm đường bê tông liên thôn.",
        "Thôn đạt danh hiệu Thôn văn hóa; {n} hộ đạt Gia đình văn hóa năm 2017.",
        "Xóa bỏ {n} hủ tục trong ma chay, cưới xin; không có trường hợp tảo hôn.",
        "Xây dựng {n} công trình nước sinh hoạt tập trung bằng vốn đối ứng của nhân dân.",
        "Làm {n} nhà văn hóa thôn bằng vật liệu địa phương, nhân dân góp công.",
        "Giảm {n} hộ nghèo trong năm 2017 nhờ chuyển đổi cơ cấu cây trồng.",
    ],
    "2.7": [
        "Liên kết {n} hộ trồng chè Shan tuyết, bao tiêu sản phẩm ổn định.",
        "Tạo việc làm thường xuyên cho {n} lao động, thu nhập bình quân 4 triệu đồng/tháng.",
        "Sản phẩm mật ong bạc hà đạt tiêu chuẩn OCOP; tiêu thụ {n} tấn mỗi năm.",
        "Đưa {n} con bò lai vào chăn nuôi, giúp hội viên nghèo nhận nuôi rẽ.",
        "Mở {n} điểm thu mua nông sản cho đồng bào vùng cao.",
        "Dệt thổ cẩm cho {n} phụ nữ dân tộc Mông, Lô Lô có thu nhập ổn định.",
    ],
    "2.8": [
        "Nuôi {n} con bò vỗ béo, thu nhập 150 triệu đồng mỗi năm, giúp 5 hộ nghèo cùng làm.",
        "Trồng {n} cây lê, mận trên đất đá, mỗi năm thu 90 triệu đồng.",
        "Làm homestay đón {n} lượt khách năm 2017, giữ nhà trình tường truyền thống.",
        "Nuôi {n} đàn ong bạc hà, thu nhập 80 triệu đồng mỗi năm.",
        "Trồng {n} m² rau an toàn trong nhà lưới, cung cấp cho bếp ăn bán trú.",
        "Chăn nuôi {n} con lợn đen địa phương, liên kết bán cho nhà hàng ở thị trấn.",
    ],
}
#: A good practice of each field, four per field.
_PRACTICES = {
    "2.1": [
        "Công khai lịch tiếp dân, trả kết quả hồ sơ tại nhà cho người già.",
        "Họp giao ban hằng tuần, phân công rõ người, rõ việc, rõ thời hạn.",
        "Ứng dụng phần mềm quản lý văn bản và điều hành.",
        "Mỗi cán bộ một sáng kiến cải cách hành chính mỗi năm.",
    ],
    "2.2": [
        "Phối hợp “ba lực lượng” công an, quân sự, biên phòng ở cơ sở.",
        "Tuần tra theo cụm thôn, có người có uy tín tham gia.",
        "Tuyên truyền bằng tiếng Mông qua loa truyền thanh thôn.",
        "Giao mỗi dân quân phụ trách một nhóm hộ.",
    ],
    "2.3": [
        "Giáo viên đến tận nhà vận động học sinh bỏ học trở lại lớp.",
        "Tổ chức “Bữa cơm có thịt” cho học sinh bán trú.",
        "Dạy học song ngữ Việt – Mông ở lớp đầu cấp.",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học.",
    ],
    "2.4": [
        "Y tế thôn bản theo dõi từng sản phụ, báo trạm y tế khi trở dạ.",
        "Khám bệnh lưu động theo phiên chợ.",
        "Tuyên truyền bằng tiếng Mông về tiêm chủng.",
        "Lập sổ theo dõi người bệnh mạn tính tại nhà.",
    ],
    "2.5": [
        "Sinh hoạt chi hội theo dòng họ, luân phiên tại nhà hội viên.",
        "Tổ tiết kiệm xoay vòng giúp hội viên có vốn sản xuất.",
        "Mỗi cán bộ hội nhận giúp đỡ một hộ nghèo.",
        "Câu lạc bộ thanh niên không ma túy, không tảo hôn.",
    ],
    "2.6": [
        "Đưa nội dung xây dựng nông thôn mới vào hương ước thôn.",
        "Nhà nước và nhân dân cùng làm, công khai đóng góp tại nhà văn hóa.",
        "Thi đua giữa các dòng họ về nếp sống văn minh.",
        "Trưởng thôn và người có uy tín cùng vận động từng hộ.",
    ],
    "2.7": [
        "Áp dụng quy trình VietGAP, liên kết tiêu thụ với doanh nghiệp.",
        "Góp vốn bằng đất và công lao động, chia lợi nhuận theo phần góp.",
        "Đăng ký nhãn hiệu tập thể, bán hàng qua mạng.",
        "Hướng dẫn kỹ thuật tại ruộng cho xã viên.",
    ],
    "2.8": [
        "Trồng cỏ trên nương đá để chủ động thức ăn cho bò.",
        "Giữ kiến trúc nhà trình tường, món ăn truyền thống để đón khách.",
        "Ghi chép thu chi của gia đình hằng tháng.",
        "Chia sẻ giống và kỹ thuật cho các hộ trong thôn.",
    ],
}
#: Village names (none is a commune's: "Thôn Lũng Cú" read as the commune).
_VILLAGES = ["Thôn Lũng Lậu", "Thôn Séo Lủng", "Thôn Sảng Pả", "Thôn Pải Lủng", "Thôn Chúng Trải"]


#: Households (index in the demo) that meet every criterion: an eligible household (#15 item 6).
_ELIGIBLE_HOUSEHOLDS = frozenset({7, 23})


#: Middle names that tell a man: "Văn", and the Mông "Seo", "Mí", "Chúng" ("Thị" tells a woman).
_MALE_MIDDLE = ("Văn", "Seo", "Mí", "Chúng", "Đức", "Quang")


def _gendered(name: str) -> bool:
    return any(f" {m} " in f" {name} " for m in ("Thị", *_MALE_MIDDLE))


def _is_female(name: str) -> bool:
    return " Thị " in f" {name} "


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def _received_day(rng: random.Random, late: bool) -> date:
    if late:
        return date(2018, 4, 14) + timedelta(days=rng.randint(0, 6))  # 14/4 itself is already late
    return date(2018, 4, 2) + timedelta(days=rng.randint(0, 11))  # 2/4 … 13/4


def _place(unit_name: str) -> str:
    """The commune as written after a noun: "xã Lũng Cú", "thị trấn Phó Bảng"."""
    return unit_name[:1].lower() + unit_name[1:]


def build_demo(ws: Workspace, count: int = DEMO_COUNT) -> int:
    """Add the demo nominations to an open workspace seeded with the Hà Giang directory.

    Args:
        ws: the workspace (its directory must be the bundled Hà Giang one).
        count: how many nominations to make.

    Returns:
        The number of nominations made.
    """
    rng = random.Random(127)
    plan = ws.plan
    district_units = {
        u.code: u
        for u in units.list_units(ws, kinds={UnitKind.COMMUNE, UnitKind.OFFICE, UnitKind.PUBLIC_UNIT})
        if u.parent_code == DEMO_DISTRICT
    }
    communes = [u for u in district_units.values() if u.kind == UnitKind.COMMUNE]
    fields = [f for f in plan.fields if not f.open]  # the open field needs a title of its own
    made: list[int] = []
    for i in range(count):
        field = fields[i % len(fields)]
        kind = field.kinds[(i // len(fields)) % len(field.kinds)]
        own = [district_units[c] for c in _DISTRICT_UNITS.get(field.code, ()) if c in district_units]
        # One in three of a field's models from the district's own unit of that field, if any.
        unit = own[rng.randrange(len(own))] if own and i % 3 == 1 else communes[rng.randrange(len(communes))]
        if i == 0:  # an office's own model, selected: its form goes to UBND huyện itself
            unit = district_units[_FIRST_UNIT]
        at_commune = unit.kind == UnitKind.COMMUNE
        words = {
            "c": _place(unit.name),
            "p": unit.short_name or unit.name,
            "v": rng.choice(_VILLAGES),
        }
        criteria = plan.criteria_for(field.code, kind)
        ticked = {c.code: "" for c in criteria}
        missing = i % 4 == 3  # one in four misses a criterion or two: ineligible
        if missing:
            dropped = rng.sample(list(criteria), k=min(2, len(criteria)))
            if i not in _ELIGIBLE_HOUSEHOLDS:  # the draw is made anyway: the others stay as they were
                for c in dropped:
                    ticked.pop(c.code, None)
        late = i % 7 == 6
        head = ""
        if kind == NomineeKind.COLLECTIVE:
            name = rng.choice(_COLLECTIVES[field.code]).format(**words) if at_commune else unit.name
        elif kind == NomineeKind.HOUSEHOLD:
            head = _person(rng)
            name = f"Hộ {'bà' if _is_female(head) else 'ông'} {head}"
        else:
            name = _person(rng)
        positions = _POSITIONS.get(field.code, ["Cán bộ"])
        if field.code == "2.1" and at_commune:
            positions = _COMMUNE_CIVIL_SERVANTS
        elif field.code == "2.4" and not at_commune:
            positions = _HEALTH_CENTRE
        position = rng.choice(positions) if kind == NomineeKind.INDIVIDUAL else None
        if position and "Phụ nữ" in position and not _is_female(name):
            surname, *_rest, given = name.split(" ")
            name = f"{surname} Thị {given}"  # the Women's Union is chaired by a woman
        workplace = _WORKPLACES.get(field.code, "{c}").format(**words) if at_commune else unit.name
        gender = rng.choice(["male", "female"]) if kind == NomineeKind.INDIVIDUAL else None
        if gender is not None and _gendered(name):
            gender = "female" if _is_female(name) else "male"  # "Thị" is a woman's name, "Seo" a man's
        achievements = rng.choice(_ACHIEVEMENTS[field.code]).format(n=rng.randint(5, 60))
        practice = rng.choice(_PRACTICES[field.code])
        received = _received_day(rng, late)
        # The evidence was signed before the registration reached the office.
        meeting = f"Biên bản họp bình xét ngày {format_date_short(received - timedelta(days=3))}"
        for code in list(ticked)[:2]:
            ticked[code] = meeting
        data = NominationInput(
            kind=kind,
            field_code=field.code,
            name=name,
            registering_unit_code=unit.code,
            checks=ticked,
            position=position,
            work_unit=workplace[:1].upper() + workplace[1:] if kind == NomineeKind.INDIVIDUAL else None,
            gender=gender,
            household_head=head or None,
            village=words["v"] if kind == NomineeKind.HOUSEHOLD else None,
            commune=unit.name if kind == NomineeKind.HOUSEHOLD else None,
            achievements=achievements,
            good_practice=practice,
            replication_plan="Tổ chức tham quan, báo cáo kinh nghiệm tại hội nghị sơ kết năm 2018.",
            target_honour=plan.honours[i % len(plan.honours)].name if i % 9 == 0 else None,
            received_on=received,
            channel=rng.choice([Channel.PAPER, Channel.EXCEL_TEMPLATE, Channel.EMAIL]),
        )
        result = nominations.save_nomination(ws, data)
        made.append(result.id)
        if result.eligibility.eligible and not late and i % 3 == 0:
            nominations.change_status(ws, [result.id], TransitionRequest(NominationStatus.SELECTED))
    return len(made)


def add_demo_contacts(ws: Workspace) -> int:
    """Give the units of Đồng Văn a (made-up) emulation contact, so the "who to call" list is alive.

    Returns:
        How many units got a contact.
    """
    rng = random.Random(14)
    with ws.session() as session:
        rows = session.execute(
            select(col(Unit.id))
            .join(_Parent, col(_Parent.id) == col(Unit.parent_id))
            .where(col(_Parent.code) == "026")
        ).all()
        updates = [
            {
                "id": unit_id,
                "contact_person": _person(rng),
                "contact_phone": f"0219 38{rng.randint(0, 99999):05d}",
            }
            for (unit_id,) in rows
        ]
        if updates:
            session.execute(update(Unit), updates)
    return len(updates)


def create_demo_database(path: Path) -> Workspace:
    """Create a new demo database at ``path`` and return it open.

    Args:
        path: a file that does not exist yet.

    Returns:
        The open workspace, office set to Phòng Nội vụ huyện Đồng Văn, dashboard day 20/4/2018.
    """
    ws = open_workspace(path)
    build_demo(ws)
    add_demo_contacts(ws)
    set_setting(ws, OFFICE_UNIT, DEMO_OFFICE)
    set_setting(ws, DEMO_AS_OF, DEMO_AS_OF_DAY.isoformat())
    return ws
