"""Both engines return the same rows in the same order (issue #22, item 3).

The folded search text and the Vietnamese sort key are computed in Python and stored, so a
search through SQLite's FTS5 trigram table and one through PostgreSQL's ``pg_trgm`` index, and a
sort by the stored keys on either engine, must agree exactly. The same office's data (the demo
database plus names full of marks, quotes and wildcards) is put on both and compared.
"""

from __future__ import annotations

import pytest

from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services import units
from hagiang_desktop.services.nominations import SORT_COLUMNS, NominationFilter
from hagiang_desktop.services.server_import import import_file
from hagiang_desktop.services.workspace import open_workspace
from tests.services.test_search_and_sort_keys import TEXTS, UNIT_CODES, _input

SEARCHES = (
    "chè",
    "CHE",
    "dong van",
    "Đồng Văn",
    "đ",
    "d",
    "a",
    "hoa",
    "Hoà",
    "hòa",
    "100%",
    "50%_",
    "_",
    "%",
    '"nhà sạch',
    "O'Brien",
    "AND NEAR(",
    "* ^ :",
    "lũng   phìn",
    "không có ở đâu",
    "  ",
)


@pytest.fixture(scope="module")
def both(tmp_path_factory, _demo_template, pg_cluster, pg_template):
    """The same data on a SQLite file and on a server database."""
    import shutil

    path = tmp_path_factory.mktemp("agree") / "office.sqlite3"
    shutil.copyfile(_demo_template, path)
    office = open_workspace(path)
    for i, (name, achievements) in enumerate(TEXTS):
        svc.save_nomination(office, _input(office, name, achievements, UNIT_CODES[i % 2]))
    office.close()
    url = pg_cluster.new_database(pg_template)
    server = open_workspace(url)
    import_file(server, path)
    office = open_workspace(path)
    yield office, server
    office.close()
    server.close()
    pg_cluster.drop(url)


def _rows(ws, flt, sort, descending):
    return [
        (r.name, r.unit_code, r.kind, r.field_code, r.status, r.eligible, r.received_on)
        for r in svc.list_nominations(ws, flt, sort=sort, descending=descending)
    ]


@pytest.mark.parametrize("search", SEARCHES)
def test_the_same_search_finds_the_same_rows_in_the_same_order(both, search):
    office, server = both
    flt = NominationFilter(search=search)
    assert svc.count_nominations(server, flt) == svc.count_nominations(office, flt)
    assert _rows(server, flt, "name", False) == _rows(office, flt, "name", False)


def test_every_sort_gives_the_same_order_both_ways(both):
    office, server = both
    assert svc.count_nominations(office) > 60
    for sort in SORT_COLUMNS:
        for descending in (False, True):
            assert _rows(server, None, sort, descending) == _rows(office, None, sort, descending), (
                sort,
                descending,
            )


def test_a_page_of_a_search_sorted_by_unit_is_the_same(both):
    office, server = both
    flt = NominationFilter(search="hộ")
    for offset in (0, 5, 10):
        page = {"sort": "unit", "descending": True, "offset": offset, "limit": 5}
        expected = [r.name for r in svc.list_nominations(office, flt, **page)]
        assert expected
        assert [r.name for r in svc.list_nominations(server, flt, **page)] == expected


def test_units_search_and_sort_the_same(both):
    office, server = both
    for search in ("dong van", "Xã", "lũng", "thị trấn", "phường"):
        found = [(u.code, u.name) for u in units.list_units(office, search=search)]
        assert [(u.code, u.name) for u in units.list_units(server, search=search)] == found
