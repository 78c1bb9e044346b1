"""A demo database: the Hà Giang directory and about 60 realistic nominations of April 2018.

Deterministic (a fixed seed), so screenshots and tests see the same data. About half the
nominations come from units of Đồng Văn, the demo office's district; the rest from several other
districts and provincial bodies. Some meet every criterion, some miss one or two, some were
received after their deadline (supplements), and a few are already selected.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import aliased

from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind, UnitKind
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
_COLLECTIVES = {
    "2.1": ["Văn phòng HĐND và UBND xã {c}", "Bộ phận một cửa xã {c}"],
    "2.2": ["Ban Chỉ huy Quân sự xã {c}", "Công an xã {c}"],
    "2.3": ["Trường Tiểu học {c}", "Trường Phổ thông Dân tộc bán trú THCS {c}", "Trường Mầm non {c}"],
    "2.4": ["Trạm Y tế xã {c}"],
    "2.5": ["Hội Liên hiệp Phụ nữ xã {c}", "Đoàn Thanh niên xã {c}", "Hội Nông dân xã {c}"],
    "2.6": ["Thôn Lũng Lậu, xã {c}", "Thôn Sảng Pả, xã {c}", "Thôn Pải Lủng, xã {c}"],
    "2.7": ["Hợp tác xã chè Shan tuyết {c}", "Hợp tác xã dệt thổ cẩm {c}", "Hợp tác xã mật ong bạc hà {c}"],
}
_ACHIEVEMENTS = [
    "Vận động {n} hộ gia đình tham gia xóa bỏ hủ tục, xây dựng nếp sống văn minh.",
    "Đưa giống ngô lai và cây dược liệu vào sản xuất, năng suất tăng {n}% so với năm trước.",
    "Duy trì sĩ số học sinh đạt 100%, không có học sinh bỏ học; {n} học sinh đạt giải cấp huyện.",
    "Hoàn thành vượt mức chỉ tiêu được giao; giải quyết {n} hồ sơ thủ tục hành chính đúng hạn.",
    "Tham gia hiến {n} m² đất làm đường bê tông liên thôn.",
    "Nuôi {n} đàn ong, bình quân thu nhập 80 triệu đồng mỗi năm, giúp 5 hộ nghèo cùng làm.",
]
_PRACTICES = [
    "Họp thôn hằng tháng, phân công đảng viên phụ trách từng nhóm hộ.",
    "Xây dựng mô hình “Nhà sạch, vườn đẹp” lan tỏa toàn thôn.",
    "Áp dụng quy trình VietGAP, liên kết tiêu thụ với doanh nghiệp.",
    "Ứng dụng phần mềm quản lý hồ sơ, rút ngắn thời gian giải quyết.",
]
_VILLAGES = ["Thôn Lũng Cú", "Thôn Séo Lủng", "Thôn Má Lé", "Thôn Sủng Là", "Thôn Phố Bảng"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def _received_day(rng: random.Random, late: bool) -> date:
    if late:
        return date(2018, 4, 14) + timedelta(days=rng.randint(0, 6))  # 14/4 itself is already late
    return date(2018, 4, 2) + timedelta(days=rng.randint(0, 11))  # 2/4 … 13/4


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
    dong_van_units = [
        u for u in units.list_units(ws, kinds={UnitKind.COMMUNE, UnitKind.OFFICE}) if u.parent_code == "026"
    ]
    other_districts = ["024", "027", "029", "034"]  # TP Hà Giang, Mèo Vạc, Yên Minh, Bắc Quang …
    others = [u for u in units.list_units(ws, kinds={UnitKind.COMMUNE}) if u.parent_code in other_districts]
    provincial = units.list_units(ws, kinds={UnitKind.DEPARTMENT, UnitKind.MASS_ORG})
    fields = [f for f in plan.fields if not f.open]  # the open field needs a title of its own
    made: list[int] = []
    for i in range(count):
        pool = dong_van_units if i % 2 == 0 else (others if i % 5 else provincial)
        unit = pool[rng.randrange(len(pool))]
        field = fields[i % len(fields)]
        kind = field.kinds[(i // len(fields)) % len(field.kinds)]
        commune_name = unit.name.split(" ", 1)[-1] if unit.kind == UnitKind.COMMUNE else "Lũng Cú"
        criteria = plan.criteria_for(field.code, kind)
        ticked = {c.code: "" for c in criteria}
        missing = i % 4 == 3  # one in four misses a criterion or two
        if missing:
            for c in rng.sample(list(criteria), k=min(2, len(criteria))):
                ticked.pop(c.code, None)
        for code in list(ticked)[:2]:
            ticked[code] = "Biên bản họp bình xét ngày 10/4/2018"
        late = i % 7 == 6
        if kind == NomineeKind.COLLECTIVE:
            name = rng.choice(_COLLECTIVES[field.code]).format(c=commune_name)
        elif kind == NomineeKind.HOUSEHOLD:
            name = f"Hộ ông {_person(rng)}"
        else:
            name = _person(rng)
        data = NominationInput(
            kind=kind,
            field_code=field.code,
            name=name,
            registering_unit_code=unit.code,
            checks=ticked,
            position=rng.choice(_POSITIONS.get(field.code, ["Cán bộ"]))
            if kind == NomineeKind.INDIVIDUAL
            else None,
            work_unit=unit.name if kind == NomineeKind.INDIVIDUAL else None,
            gender=rng.choice(["male", "female"]) if kind == NomineeKind.INDIVIDUAL else None,
            household_head=name.removeprefix("Hộ ông ") if kind == NomineeKind.HOUSEHOLD else None,
            village=rng.choice(_VILLAGES) if kind == NomineeKind.HOUSEHOLD else None,
            commune=unit.name if kind == NomineeKind.HOUSEHOLD else None,
            achievements=rng.choice(_ACHIEVEMENTS).format(n=rng.randint(5, 60)),
            good_practice=rng.choice(_PRACTICES),
            replication_plan="Tổ chức tham quan, báo cáo kinh nghiệm tại hội nghị sơ kết năm 2018.",
            target_honour=plan.honours[i % len(plan.honours)].name if i % 9 == 0 else None,
            received_on=_received_day(rng, late),
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
            select(Unit.id).join(_Parent, _Parent.id == Unit.parent_id).where(_Parent.code == "026")
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
