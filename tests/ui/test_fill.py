"""Tests of ui.i18n.fill: the placeholders of a translated text, filled in one pass."""

from __future__ import annotations

from hagiang_desktop.ui.i18n import fill


def test_each_placeholder_gets_its_value_wherever_it_stands() -> None:
    assert fill("%2 – %1 (%1)", "Mèo Vạc", 3) == "3 – Mèo Vạc (Mèo Vạc)"


def test_a_value_holding_a_placeholder_is_shown_as_it_is() -> None:
    # The .replace("%1", …).replace("%2", …) chains it replaced turned "Tổ %2" into "Tổ 5".
    assert fill("Đơn vị %1: %2 mô hình", "Tổ %2", 5) == "Đơn vị Tổ %2: 5 mô hình"


def test_a_placeholder_without_a_value_stays() -> None:
    assert fill("%1: %2/%3", "Xã Lũng Cú", 4) == "Xã Lũng Cú: 4/%3"


def test_no_placeholder_is_filled_by_a_replace_chain() -> None:
    import re
    from pathlib import Path

    import hagiang_desktop.ui

    root = Path(hagiang_desktop.ui.__file__).parent
    chained = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""\.replace\(\s*["']%\d""", line)
    ]
    assert chained == []
