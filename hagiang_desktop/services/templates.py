"""Making registration templates for the units under the office (issue #10)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from hagiang_desktop.core.import_columns import field_choice
from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.vntext import sort_key, today_vn
from hagiang_desktop.services import units
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from hagiang_desktop.exports.template import TemplateSpec


class TemplateProblem(Exception):
    """A template that cannot be made; ``code`` is ``unknown_unit``."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def template_spec(ws: Workspace, unit_code: str, *, rows: int = 200) -> TemplateSpec:
    """Describe the template for one unit from the plan and the directory.

    Raises:
        TemplateProblem: ``unknown_unit``.
    """
    # openpyxl loads with the first template, not at start-up (#11).
    from hagiang_desktop.exports.template import CriterionLine, TemplateSpec

    unit = units.get_unit(ws, unit_code)
    if unit is None:
        raise TemplateProblem("unknown_unit", unit_code)
    plan = ws.plan
    deadline = plan.deadline_for_path(units.kind_path(ws, unit.code))
    scope = office_scope(ws)
    kind_vi = {k.code: k.label_vi for k in plan.kinds}
    criteria = [
        CriterionLine(c.code, "Tiêu chí chung (III.1)", "Tất cả", c.text) for c in plan.general_criteria
    ]
    criteria += [
        CriterionLine(c.code, field_choice(plan, f.code), kind_vi.get(c.kind, "") if c.kind else "", c.text)
        for f in plan.fields
        for c in f.criteria
    ]
    return TemplateSpec(
        unit_code=unit.code,
        unit_name=unit.name,
        office_name=scope.office.name if scope.office else plan.info.recipient,
        plan_id=plan.id,
        plan_title=plan.info.title,
        deadline=deadline.last_on_time_day if deadline else None,
        kinds=tuple(k.label_vi for k in plan.kinds),
        fields=tuple(field_choice(plan, f.code) for f in plan.fields),
        honours=tuple(h.name for h in plan.honours),
        criteria=tuple(criteria),
        created=today_vn(),
        rows=rows,
    )


def make_template(ws: Workspace, unit_code: str, target: Path, *, rows: int = 200) -> Path:
    """Write the registration template of one unit.

    Args:
        ws: the workspace.
        unit_code: the unit that will fill it in.
        target: the .xlsx file (written atomically).
        rows: how many entry rows to prepare.

    Returns:
        The file written.

    Raises:
        TemplateProblem: ``unknown_unit``.
    """
    from hagiang_desktop.exports.template import write_template

    write_template(template_spec(ws, unit_code, rows=rows), target)
    return target


def template_file_name(unit: UnitRow) -> str:
    """Return a file name for a unit's template: "<code> - <name>.xlsx", safe on Windows."""
    name = re.sub(r'[\\/:*?"<>|]+', " ", unit.name).strip()
    return f"{unit.code} - {name}.xlsx"


def units_for_templates(ws: Workspace) -> list[UnitRow]:
    """Return the units that register with the office: every unit of its scope but the top and the office.

    Without a chosen office, the district-level units (they register with the province).
    """
    scope = office_scope(ws)
    if scope.root is None:
        rows = [u for u in units.list_units(ws) if u.kind == UnitKind.DISTRICT]
    else:
        excluded = {scope.root.id, scope.office.id if scope.office else None}
        ids = set(scope.unit_ids or ()) - excluded
        rows = [u for u in units.list_units(ws) if u.id in ids]
    return sorted(rows, key=lambda u: sort_key(u.name))


def make_templates(ws: Workspace, unit_codes: list[str], folder: Path) -> list[Path]:
    """Write one template per unit into ``folder``, each named by its unit.

    Returns:
        The files written, in the order of ``unit_codes``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for code in unit_codes:
        unit = units.get_unit(ws, code)
        if unit is None:
            raise TemplateProblem("unknown_unit", code)
        written.append(make_template(ws, code, folder / template_file_name(unit)))
    return written
