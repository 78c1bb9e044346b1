"""A province-scale database for the benchmarks: 20,000 units and 100,000 nominations.

The file is made by the program's own :func:`~hagiang_desktop.services.workspace.open_workspace`
(so the schema, the migrations, the pragmas and the seeded Hà Giang directory are the program's),
then filled in one transaction through SQLAlchemy Core bulk inserts
(:func:`hagiang_desktop.storage.bulk.bulk_insert`): the ORM would take minutes.

What is generated, deterministically from a seed:

* under each of the 193 real communes: its bodies (Công an xã, Ban Chỉ huy Quân sự xã, the
  commune branches of the mass organisations), its schools and health station, and villages
  (thôn, bản, tổ dân phố) with their Party cell and association branches below them, until the
  directory holds the requested number of units (the plan's directory has no fixed depth, so
  neither does this one: province → district → commune → village → branch);
* nominations over 2018–2020 registered by every kind of unit of the 11 districts and the
  provincial bodies, with realistic Vietnamese names (Kinh, Hmông, Tày, Dao, Nùng), achievements,
  good practices, criteria ticks from the plan and the eligibility the plan gives for them,
  statuses with their history, and supplements marked as the services mark them.

The result is cached under ``benchmarks/data/`` (git-ignored), keyed by the parameters, the
generator's version and the schema revision, so that a run after a new migration regenerates.

Command line: ``python -m benchmarks.generate [--units N] [--nominations N] [--force]``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.kinds import NominationStatus, NomineeKind, UnitKind
from hagiang_desktop.core.plan import Plan
from hagiang_desktop.core.vntext import fold, sort_key_bytes
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.bulk import bulk_insert
from hagiang_desktop.storage.migrate import head_revision
from hagiang_desktop.storage.models import (
    CriterionCheck,
    Nomination,
    Receipt,
    StatusEvent,
    Unit,
    name_values,
    search_text,
)

#: Bump when the generated content changes, so that cached files are not reused.
GENERATOR_VERSION = 3
DATA_DIR = Path(__file__).resolve().parent / "data"
#: Rows per executemany: bounded memory, and SQLAlchemy's per-call overhead stays negligible.
BATCH = 20_000


@dataclass(frozen=True)
class Params:
    """What to generate.

    Attributes:
        units: the size of the whole directory (the real Hà Giang units included).
        nominations: how many nominations.
        seed: the random seed (the same parameters give the same file).
    """

    units: int = 20_000
    nominations: int = 100_000
    seed: int = 127

    def cache_name(self) -> str:
        """Return the file name of the cached database for these parameters."""
        return (
            f"province-u{self.units}-n{self.nominations}-s{self.seed}"
            f"-g{GENERATOR_VERSION}-r{head_revision()}.sqlite3"
        )


# -- words -------------------------------------------------------------------------------------
_SURNAMES = (  # noqa: SIM905 - word lists read best as text
    "Nguyễn Trần Lê Phạm Hoàng Vũ Đỗ Bùi Đặng Ngô Dương Lý Lù Giàng Sùng Vàng Thào Lò Mua Hầu "
    "Nông Ma Triệu Hoàng Lục Chảo Bàn Phàn Cháng Ly Sình Sền Mạc Quan Hà Vương Tẩn Thèn Lương"
).split()
_MIDDLE = (  # noqa: SIM905 - word lists read best as text
    "Văn Thị Mí Seo Chúng Đức Minh Thu Ngọc Quang Xuân Hữu Kim Mạnh Chẩn Vần Sính Mỷ Thanh"
).split()
_GIVEN = (  # noqa: SIM905 - word lists read best as text
    "Lan Sính Pà Dín Tủa Chứ Mỷ Hùng Hương Dũng Mai Thắng Hoa Páo Súa Cường Dế Chá Mua Pó Sử "
    "Lử Nhè Giàng Chài Hoà Hòa Quyết Thuỷ Thủy Đạt Hạnh Hằng Tuấn Thảo Nguyệt Duyên Phong Lực "
    "Khải Dính Chỉn Vư Sầu Chơ Mẩy Thìn Pủ Vảng Lềnh Sơn Bình Trường Yến Oanh Ánh Ngân Vinh "
    "Tráng"
).split()
_SYLLABLES = (  # noqa: SIM905 - word lists read best as text
    "Lũng Cú Séo Lủng Má Lé Sủng Là Phố Bảng Sảng Pả Pải Lủng Tả Phìn Ngan Nà Khương Chải Mã "
    "Hồng Thài Lao Xa Khâu Vai Pắc Cạm Tùng Vài Tìm Nậm Dầu Cốc Pại Thượng Hạ Trung Mới "
    "Vần Chải Sáng Ngài Thầu Mèo Vạc Cán Chu Phìn Làn Hồ Quáng Chá Cá Sà Lủ Pao Sán Cấu Ngam "
    "Lầu Giàng Pù Tủng Khuổi Luông Nặm Đăm Hoàng Thu Mác Khuôn Làng Ho Dù Mua Đông Tân Thành"
).split()
_VILLAGE_PREFIX = ("Thôn", "Thôn", "Thôn", "Bản", "Tổ dân phố")
# Kinds: the commune's bodies and its branches of the mass organisations are ``office`` units of
# the commune, its schools, health station and villages ``public_unit``. Never ``mass_org``: the
# plan's province deadline binds that kind at any depth, which would put every village branch on
# the province's dashboard with a quota of five.
_COMMUNE_BODIES = (
    ("CA", "Công an xã {c}", UnitKind.OFFICE),
    ("QS", "Ban Chỉ huy Quân sự xã {c}", UnitKind.OFFICE),
    ("VP", "Văn phòng Đảng ủy - HĐND - UBND xã {c}", UnitKind.OFFICE),
    ("MT", "Ủy ban Mặt trận Tổ quốc Việt Nam xã {c}", UnitKind.OFFICE),
    ("PN", "Hội Liên hiệp Phụ nữ xã {c}", UnitKind.OFFICE),
    ("ND", "Hội Nông dân xã {c}", UnitKind.OFFICE),
    ("CCB", "Hội Cựu chiến binh xã {c}", UnitKind.OFFICE),
    ("DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã {c}", UnitKind.OFFICE),
    ("MN", "Trường Mầm non {c}", UnitKind.PUBLIC_UNIT),
    ("TH", "Trường Tiểu học {c}", UnitKind.PUBLIC_UNIT),
    ("THCS", "Trường Phổ thông Dân tộc bán trú THCS {c}", UnitKind.PUBLIC_UNIT),
    ("TYT", "Trạm Y tế xã {c}", UnitKind.PUBLIC_UNIT),
)
_VILLAGE_BRANCHES = (
    ("CB", "Chi bộ {v}", UnitKind.OFFICE),
    ("PN", "Chi hội Phụ nữ {v}", UnitKind.OFFICE),
    ("ND", "Chi hội Nông dân {v}", UnitKind.OFFICE),
    ("CCB", "Chi hội Cựu chiến binh {v}", UnitKind.OFFICE),
    ("CD", "Chi đoàn {v}", UnitKind.OFFICE),
    ("ANTT", "Tổ bảo vệ an ninh trật tự {v}", UnitKind.PUBLIC_UNIT),
    ("DL", "Điểm trường {v}", UnitKind.PUBLIC_UNIT),
)
_COLLECTIVES = {
    "2.1": ("Bộ phận tiếp nhận và trả kết quả {u}", "Văn phòng {u}", "Tập thể cán bộ {u}"),
    "2.2": ("Tổ dân quân cơ động {u}", "Tổ an ninh xung kích {u}", "Tập thể {u}"),
    "2.3": ("Tổ chuyên môn {u}", "Tập thể giáo viên {u}", "Liên đội {u}"),
    "2.4": ("Tập thể y bác sỹ {u}", "Tổ y tế thôn bản {u}"),
    "2.5": ("Chi hội phụ nữ “5 không 3 sạch” {u}", "Câu lạc bộ thanh niên tình nguyện {u}"),
    "2.6": ("Làng văn hóa {v}", "Khu dân cư kiểu mẫu {v}", "{v} – thôn nông thôn mới"),
    "2.7": (
        "Hợp tác xã chè Shan tuyết {c}",
        "Hợp tác xã dệt thổ cẩm {c}",
        "Hợp tác xã mật ong bạc hà {c}",
        "Tổ hợp tác chăn nuôi bò vàng {c}",
        "Hợp tác xã cam sành {c}",
    ),
}
_POSITIONS = {
    "2.1": ("Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Công chức Văn phòng - Thống kê"),
    "2.2": ("Chỉ huy trưởng Ban CHQS xã", "Trưởng Công an xã", "Dân quân", "Công an viên"),
    "2.3": ("Giáo viên", "Hiệu trưởng", "Tổng phụ trách Đội", "Giáo viên cắm bản"),
    "2.4": ("Y sỹ", "Trưởng Trạm Y tế", "Nhân viên y tế thôn bản", "Bác sỹ"),
    "2.5": ("Chủ tịch Hội Phụ nữ xã", "Bí thư Đoàn xã", "Chủ tịch Hội Nông dân xã", "Chi hội trưởng"),
    "2.6": ("Trưởng thôn", "Bí thư chi bộ thôn", "Người có uy tín"),
    "2.7": ("Giám đốc hợp tác xã", "Chủ trang trại", "Chủ cơ sở sản xuất", "Tổ trưởng tổ hợp tác"),
}
_ACHIEVEMENTS = (
    "Vận động {n} hộ gia đình tham gia xóa bỏ hủ tục, xây dựng nếp sống văn minh trong việc cưới, việc tang.",
    "Đưa giống ngô lai và cây dược liệu vào sản xuất, năng suất tăng {n}% so với năm trước.",
    "Duy trì sĩ số học sinh đạt 100%, không có học sinh bỏ học; {n} học sinh đạt giải cấp huyện.",
    "Hoàn thành vượt mức chỉ tiêu được giao; giải quyết {n} hồ sơ thủ tục hành chính đúng và trước hạn.",
    "Tham gia hiến {n} m² đất và hàng trăm ngày công làm đường bê tông liên thôn.",
    "Nuôi {n} đàn ong, bình quân thu nhập 80 triệu đồng mỗi năm, giúp 5 hộ nghèo cùng làm.",
    "Phối hợp giữ vững an ninh biên giới; tuần tra {n} lượt, không để xảy ra vụ việc phức tạp.",
    "Khám và điều trị cho {n} lượt người bệnh, tiêm chủng đầy đủ cho trẻ em trong độ tuổi.",
    "Trồng {n} ha chè Shan tuyết theo hướng hữu cơ, liên kết tiêu thụ với doanh nghiệp.",
    "Xây dựng {n} nhà vệ sinh hợp vệ sinh, chuồng trại cách xa nhà ở theo tiêu chí nông thôn mới.",
)
_PRACTICES = (
    "Họp thôn hằng tháng, phân công đảng viên phụ trách từng nhóm hộ.",
    "Xây dựng mô hình “Nhà sạch, vườn đẹp” lan tỏa toàn thôn.",
    "Áp dụng quy trình VietGAP, liên kết tiêu thụ với doanh nghiệp.",
    "Ứng dụng phần mềm quản lý hồ sơ, rút ngắn thời gian giải quyết.",
    "Tổ chức câu lạc bộ “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
    "Phát động phong trào thi đua theo từng đợt, sơ kết, khen thưởng kịp thời.",
)
_REPLICATION = (
    "Tổ chức tham quan, báo cáo kinh nghiệm tại hội nghị sơ kết năm {y}.",
    "Tuyên truyền trên chuyên mục “Người tốt – việc tốt” của Đài Phát thanh - Truyền hình tỉnh.",
    "Nhân rộng ra các thôn lân cận trong năm {y}.",
)
_CHANNELS = ("paper", "excel_template", "email", "bundle", "typed")
_YEARS = (2018, 2018, 2018, 2018, 2018, 2019, 2019, 2019, 2020, 2020)
_ELIGIBLE_STATUSES = (
    (NominationStatus.REGISTERED, 50),
    (NominationStatus.SELECTED, 25),
    (NominationStatus.SUBMITTED, 12),
    (NominationStatus.ACCEPTED, 10),
    (NominationStatus.DRAFT, 3),
)
_INELIGIBLE_STATUSES = (
    (NominationStatus.REGISTERED, 80),
    (NominationStatus.RETURNED, 12),
    (NominationStatus.DRAFT, 8),
)


@dataclass
class _UnitInfo:
    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    commune: str  # the commune (or district, or body) name the unit belongs to, for texts
    village: str | None


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def _place(rng: random.Random) -> str:
    return f"{rng.choice(_SYLLABLES)} {rng.choice(_SYLLABLES)}"


def _short(name: str) -> str:
    """Return a commune's bare name: "Xã Lũng Cú" → "Lũng Cú"."""
    for prefix in ("Thị trấn ", "Phường ", "Xã "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _generated_units(
    rng: random.Random, communes: list[_UnitInfo], wanted: int, first_id: int
) -> Iterator[dict[str, Any]]:
    """Yield ``wanted`` unit rows spread evenly over the communes (bodies, then villages)."""
    made = 0
    next_id = first_id
    base, extra = divmod(wanted, len(communes))
    for index, commune in enumerate(communes):
        quota = base + (1 if index < extra else 0)
        c = _short(commune.name)
        rows: list[dict[str, Any]] = []
        for suffix, pattern, kind in _COMMUNE_BODIES:
            rows.append({"code": f"{commune.code}-{suffix}", "name": pattern.format(c=c), "kind": kind})
        village_no = 0
        while len(rows) < quota:
            village_no += 1
            village = f"{rng.choice(_VILLAGE_PREFIX)} {_place(rng)}"
            vcode = f"{commune.code}-T{village_no:02d}"
            rows.append({"code": vcode, "name": f"{village}, xã {c}", "kind": UnitKind.PUBLIC_UNIT})
            village_parent = len(rows) - 1
            for suffix, pattern, kind in _VILLAGE_BRANCHES:
                rows.append(
                    {
                        "code": f"{vcode}-{suffix}",
                        "name": pattern.format(v=f"{village}, xã {c}"),
                        "kind": kind,
                        "_parent_index": village_parent,
                    }
                )
        ids = [next_id + i for i in range(quota)]
        for i, row in enumerate(rows[:quota]):
            parent_index = row.pop("_parent_index", None)
            yield {
                "id": ids[i],
                "code": row["code"],
                **name_values(row["name"]),
                "short_name": None,
                "kind": str(row["kind"]),
                "parent_id": commune.id if parent_index is None else ids[parent_index],
                "valid_from": date(2018, 1, 1),
                "valid_to": None,
                "directory": "bench-generated",
            }
        next_id += quota
        made += quota
    assert made == wanted


def _received_day(rng: random.Random, year: int) -> date:
    if year == 2018:
        # Most registrations arrive in the two weeks before the 14/4 deadline; some are late.
        return date(2018, 3, 26) + timedelta(days=int(rng.triangular(0, 40, 14)))
    return date(year, 1, 1) + timedelta(days=rng.randrange(365))


def _weighted(rng: random.Random, choices: tuple[tuple[NominationStatus, int], ...]) -> NominationStatus:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


class _Generator:
    """Builds the rows of one database; one instance per file."""

    def __init__(self, plan: Plan, params: Params) -> None:
        self.plan = plan
        self.params = params
        self.rng = random.Random(params.seed)
        self.now = datetime(2020, 12, 31, 9, 0, tzinfo=UTC)
        self._deadline_cache: dict[tuple[str, str | None], date | None] = {}
        self._days: dict[tuple[int, int], list[date]] = {}

    def submission_day(self, unit_id: int, year: int) -> date:
        """Return one of the days a unit sent its list in a year.

        A unit sends its registrations as a list (danh sách đăng ký), so its models share one
        to three received days a year; drawing a day per model would make the dashboard's
        per-day grouping far larger than any real inbox.
        """
        key = (unit_id, year)
        days = self._days.get(key)
        if days is None:
            days = [_received_day(self.rng, year) for _ in range(self.rng.choice((1, 1, 1, 2, 3)))]
            self._days[key] = days
        return self.rng.choice(days)

    def last_on_time(self, kind: str, parent_kind: str | None) -> date | None:
        key = (kind, parent_kind)
        if key not in self._deadline_cache:
            deadline = self.plan.deadline_for_unit(
                UnitKind(kind), UnitKind(parent_kind) if parent_kind else None
            )
            self._deadline_cache[key] = deadline.last_on_time_day if deadline else None
        return self._deadline_cache[key]

    def nominations(
        self, registrants: list[_UnitInfo], kind_of: dict[int, str]
    ) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]]:
        """Yield (nomination row, its criteria ticks, its status events), ids from 1."""
        rng = self.rng
        plan = self.plan
        fields = [f for f in plan.fields if not f.open]  # the open field needs a title of its own (#16)
        honours = [h.name for h in plan.honours]
        for nid in range(1, self.params.nominations + 1):
            unit = registrants[rng.randrange(len(registrants))]
            fld = rng.choice(fields)
            kind = rng.choice(fld.kinds)
            year = rng.choice(_YEARS)
            person = _person(rng)
            village = unit.village or f"Thôn {_place(rng)}"
            if kind == NomineeKind.COLLECTIVE:
                name = rng.choice(_COLLECTIVES[fld.code]).format(u=unit.name, v=village, c=unit.commune)
            elif kind == NomineeKind.HOUSEHOLD:
                name = f"Hộ {rng.choice(('ông', 'bà'))} {person}"
            else:
                name = person
            criteria = plan.criteria_for(fld.code, kind)
            ticked = [c.code for c in criteria]
            if rng.random() < 0.25:
                for _ in range(rng.randint(1, 2)):
                    ticked.pop(rng.randrange(len(ticked)))
            eligible = plan.evaluate(fld.code, kind, dict.fromkeys(ticked, "")).eligible
            received = self.submission_day(unit.id, year) if rng.random() < 0.97 else None
            last = self.last_on_time(unit.kind, kind_of.get(unit.parent_id or -1))
            supplement = received is not None and last is not None and received > last
            status = _weighted(rng, _ELIGIBLE_STATUSES if eligible else _INELIGIBLE_STATUSES)
            achievements = " ".join(
                rng.choice(_ACHIEVEMENTS).format(n=rng.randint(5, 900)) for _ in range(rng.randint(1, 3))
            )
            created = datetime(year, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(525_000))
            individual = kind == NomineeKind.INDIVIDUAL
            household = kind == NomineeKind.HOUSEHOLD
            row = {
                "id": nid,
                "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "plan_id": plan.id,
                "year": year,
                "kind": str(kind),
                "field_code": fld.code,
                **name_values(name),
                "position": rng.choice(_POSITIONS.get(fld.code, ("Cán bộ",))) if individual else None,
                "work_unit": unit.name if individual else None,
                "gender": rng.choice(("male", "female")) if individual else None,
                "birth_year": rng.randint(1955, 1998) if individual else None,
                "member_unit_id": None,
                "household_head": person if household else None,
                "village": village if household else None,
                "commune": unit.commune if household else None,
                "registering_unit_id": unit.id,
                "achievements": achievements,
                "good_practice": rng.choice(_PRACTICES),
                "replication_plan": rng.choice(_REPLICATION).format(y=year),
                "target_honour": rng.choice(honours) if rng.random() < 0.05 else None,
                "received_on": received,
                "channel": rng.choice(_CHANNELS) if received else None,
                "is_supplement": supplement,
                "eligible": eligible,
                "status": str(status),
                "status_reason": "Thiếu hồ sơ minh chứng" if status == NominationStatus.RETURNED else None,
                "override_reason": None,
                "note": None,
                # As services.nominations.save_nomination builds it.
                "search_fold": search_text(name, fold(unit.name), achievements),
                "source_key": None,
                "created_at": created,
                "updated_at": created,
            }
            evidence_day = (received or date(year, 4, 10)) - timedelta(days=rng.randint(1, 20))
            checks = [
                {
                    "nomination_id": nid,
                    "criterion_code": code,
                    "met": True,
                    "evidence": f"Biên bản họp bình xét ngày {evidence_day:%d/%m/%Y}" if i < 2 else None,
                }
                for i, code in enumerate(ticked)
            ]
            first = (
                NominationStatus.DRAFT if status == NominationStatus.DRAFT else NominationStatus.REGISTERED
            )
            events = [{"nomination_id": nid, "from_status": None, "to_status": str(first), "at": created}]
            if status != first:
                events.append(
                    {
                        "nomination_id": nid,
                        "from_status": str(first),
                        "to_status": str(status),
                        "at": created + timedelta(days=rng.randint(1, 30)),
                    }
                )
            for event in events:
                event.update(reason=None, actor="")
            yield row, checks, events


def _batched_insert(session: Any, table: Any, rows: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> int:
    count = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            bulk_insert(session, table, batch)
            count += len(batch)
            batch = []
    bulk_insert(session, table, batch)
    return count + len(batch)


def generate(path: Path, params: Params) -> dict[str, int]:
    """Write a province-scale database at ``path`` (which must not exist yet).

    Args:
        path: the new SQLite file.
        params: sizes and seed.

    Returns:
        Row counts per table.
    """
    ws = open_workspace(path)
    try:
        gen = _Generator(ws.plan, params)
        with ws.session() as session:
            real = [
                _UnitInfo(r[0], r[1], r[2], r[3], r[4], "", None)
                for r in session.execute(select(Unit.id, Unit.code, Unit.name, Unit.kind, Unit.parent_id))
            ]
            by_id = {u.id: u for u in real}
            for u in real:
                u.commune = _short(u.name)
            communes = [u for u in real if u.kind == UnitKind.COMMUNE]
            wanted = max(0, params.units - len(real))
            generated = list(_generated_units(gen.rng, communes, wanted, max(by_id) + 1)) if communes else []
            _batched_insert(session, Unit.__table__, generated)
            units = list(real)
            for row in generated:
                parent = by_id.get(row["parent_id"])
                commune = parent if parent and parent.kind == UnitKind.COMMUNE else None
                info = _UnitInfo(
                    row["id"],
                    row["code"],
                    row["name"],
                    row["kind"],
                    row["parent_id"],
                    _short(commune.name) if commune else (parent.commune if parent else ""),
                    None if commune else (parent.name if parent else None),
                )
                if row["kind"] == UnitKind.PUBLIC_UNIT and row["code"].rsplit("-", 1)[-1].startswith("T"):
                    info.village = row["name"].split(",", 1)[0]
                by_id[info.id] = info
                units.append(info)
            kind_of = {u.id: u.kind for u in units}
            # Registrations come mostly from the real bodies and communes (they are few and
            # each registers many), the rest from the generated units below the communes.
            registrants_real = [u for u in real if u.kind != UnitKind.PROVINCE]
            registrants = registrants_real * 20 + units[len(real) :]
            counts = {"unit": len(units)}
            noms: list[dict[str, Any]] = []
            checks: list[dict[str, Any]] = []
            events: list[dict[str, Any]] = []
            totals = {"nomination": 0, "criterion_check": 0, "status_event": 0}
            for row, ticks, evs in gen.nominations(registrants, kind_of):
                noms.append(row)
                checks.extend(ticks)
                events.extend(evs)
                if len(noms) >= BATCH:
                    totals["nomination"] += _batched_insert(session, Nomination.__table__, noms)
                    totals["criterion_check"] += _batched_insert(session, CriterionCheck.__table__, checks)
                    totals["status_event"] += _batched_insert(session, StatusEvent.__table__, events)
                    noms, checks, events = [], [], []
            totals["nomination"] += _batched_insert(session, Nomination.__table__, noms)
            totals["criterion_check"] += _batched_insert(session, CriterionCheck.__table__, checks)
            totals["status_event"] += _batched_insert(session, StatusEvent.__table__, events)
            # The receipts register: each district and provincial body sent its list once in 2018.
            receipts = [
                {
                    "unit_id": u.id,
                    "received_on": date(2018, 4, 16) + timedelta(days=gen.rng.randint(0, 14)),
                    "channel": gen.rng.choice(_CHANNELS[:3]),
                    "doc_number": f"{gen.rng.randint(1, 300):02d}/BC-UBND",
                    "note": None,
                    "created_at": gen.now,
                }
                for u in real
                if u.kind
                in (
                    UnitKind.DISTRICT,
                    UnitKind.DEPARTMENT,
                    UnitKind.MASS_ORG,
                    UnitKind.ASSOCIATION,
                    UnitKind.ENTERPRISE,
                )
            ]
            totals["receipt"] = _batched_insert(session, Receipt.__table__, receipts)
            counts.update(totals)
    finally:
        ws.close()  # the last connection to close checkpoints the WAL into the file
    return counts


def _prune(data_dir: Path, params: Params) -> None:
    """Delete cached files of the same sizes made by another generator version or schema."""
    stem = f"province-u{params.units}-n{params.nominations}-s{params.seed}-"
    for path in data_dir.glob(stem + "*"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)  # backups the program took of a stale copy
        else:
            path.unlink(missing_ok=True)


def database(params: Params, *, data_dir: Path = DATA_DIR, force: bool = False, quiet: bool = False) -> Path:
    """Return the cached database for ``params``, generating it first when missing.

    Args:
        params: sizes and seed.
        data_dir: the cache folder.
        force: generate again even when a cached file exists.
        quiet: print nothing.

    Returns:
        The path of the database file (treat it as read-only; copy it before writing).
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / params.cache_name()
    if target.exists() and not force:
        return target
    _prune(data_dir, params)
    started = time.perf_counter()
    with atomic_path(target) as tmp:
        tmp.unlink()  # open_workspace creates the file itself
        counts = generate(tmp, params)
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    if not quiet:
        size = target.stat().st_size / 1e6
        print(
            f"generated {target.name} in {time.perf_counter() - started:.1f} s ({size:.0f} MB): "
            + ", ".join(f"{k} {v:,}" for k, v in counts.items()),
            file=sys.stderr,
        )
    return target


def with_sort_keys(path: Path) -> Path:
    """Return a copy of ``path`` with stored Vietnamese sort keys: the proposed fix, measured.

    ``ORDER BY name COLLATE vi`` calls back into Python for every comparison; a stored, indexed
    BLOB of :func:`~hagiang_desktop.core.vntext.sort_key_bytes` sorts in C. Since migration 0003
    the program's schema has that column (``name_sort``), and then ``path`` itself is returned;
    for an older schema the copy is made and cached beside the original.

    Args:
        path: a generated database.

    Returns:
        The path of the copy (``*-sortkeys.sqlite3``).
    """
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        if any(row[1] == "name_sort" for row in connection.execute("PRAGMA table_info(nomination)")):
            return path
    target = path.with_name(path.stem + "-sortkeys.sqlite3")
    if target.exists():
        return target
    with atomic_path(target) as tmp:
        shutil.copyfile(path, tmp)
        connection = sqlite3.connect(tmp, isolation_level=None)
        try:
            connection.create_function("vi_key", 1, sort_key_bytes, deterministic=True)
            connection.execute("BEGIN")
            for table in ("nomination", "unit"):
                connection.execute(f"ALTER TABLE {table} ADD COLUMN name_sort BLOB")
                connection.execute(f"UPDATE {table} SET name_sort = vi_key(name)")
                connection.execute(f"CREATE INDEX ix_{table}_name_sort ON {table} (name_sort)")
            connection.execute("COMMIT")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return target


def main(argv: list[str] | None = None) -> int:
    """Generate (or find in the cache) a province-scale database and print its path."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=Params.units)
    parser.add_argument("--nominations", type=int, default=Params.nominations)
    parser.add_argument("--seed", type=int, default=Params.seed)
    parser.add_argument("--force", action="store_true", help="generate again even if cached")
    options = parser.parse_args(argv)
    params = Params(units=options.units, nominations=options.nominations, seed=options.seed)
    print(database(params, force=options.force))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
