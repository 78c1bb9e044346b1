"""core.records.build_frozen: the same record as the dataclass's own constructor, built faster."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from hagiang_desktop.core.records import build_frozen
from hagiang_desktop.exports.model import CriterionLine, ExportNomination


def test_a_built_record_equals_the_constructed_one_defaults_included() -> None:
    values = {
        "id": 7,
        "name": "Hộ ông Giàng Mí Chứ",
        "kind": "household",
        "kind_label": "Hộ gia đình",
        "field_code": "2.1",
        "field_title": "Kinh tế",
        "registering_unit": "UBND xã Lũng Cú",
        "received_on": date(2018, 4, 10),
        "criteria": (CriterionLine("2.1.1", "Có mô hình", True, ""),),
    }
    built = build_frozen(ExportNomination, values)
    made = ExportNomination(**values)  # type: ignore[arg-type]
    assert built == made
    assert hash(built) == hash(made)
    assert built.head_seals is True
    assert built.issuer == ""
    assert built.birth_year is None
    assert built.list_note == ""
    assert built.met_codes == ("2.1.1",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.name = "khác"  # type: ignore[misc]


def test_a_default_factory_is_refused_rather_than_shared() -> None:
    @dataclasses.dataclass(frozen=True)
    class WithList:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match="default factory"):
        build_frozen(WithList, {})


def test_every_field_given_overrides_every_default() -> None:
    @dataclasses.dataclass(frozen=True)
    class Row:
        code: str
        counted: int = 0
        note: str | None = None

    assert build_frozen(Row, {"code": "026", "counted": 3, "note": "gọi lại"}) == Row("026", 3, "gọi lại")
    assert build_frozen(Row, {"code": "026", "note": "x"}) == Row("026", 0, "x")
