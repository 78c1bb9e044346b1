"""``units list --as-of DATE [--closed]`` (#24): names as of the day, a valid-to column at the end."""

from __future__ import annotations

from datetime import date

from hagiang_desktop.services import unit_edits, unit_history
from tests.cli.test_cli import run


def _tsv(result) -> dict[str, list[str]]:
    assert result.returncode == 0, result.stderr
    return {line.split("\t")[0]: line.split("\t") for line in result.stdout.splitlines()}


def test_units_list_as_of_shows_the_name_of_that_day(any_workspace) -> None:
    workspace = any_workspace  # a file, then a server (#22)
    unit_history.change_unit(
        workspace, "00715", date(2020, 1, 1), name="Thị trấn Lũng Cú", short_name="Lũng Cú"
    )
    unit_edits.close_unit(workspace, "00718", date(2019, 11, 30))
    db = str(workspace.db.path)
    workspace.close()

    before = _tsv(run("units", "list", "--db", db, "--parent", "026", "--as-of", "2019-06-01"))
    assert before["00715"] == ["00715", "Xã Lũng Cú", "commune", "026", ""]
    assert before["00718"][4] == "2019-11-30"  # still open on that day; its last day shown
    after = _tsv(run("units", "list", "--db", db, "--parent", "026", "--as-of", "2020-01-01"))
    assert after["00715"][1] == "Thị trấn Lũng Cú"
    assert "00718" not in after  # closed by then
    with_closed = _tsv(
        run("units", "list", "--db", db, "--parent", "026", "--as-of", "2020-01-01", "--closed")
    )
    assert with_closed["00718"][4] == "2019-11-30"
    # Without the new options: the four columns as before, the name of today.
    plain = _tsv(run("units", "list", "--db", db, "--parent", "026"))
    assert plain["00715"] == ["00715", "Thị trấn Lũng Cú", "commune", "026"]
    bad = run("units", "list", "--db", db, "--as-of", "2019-13-01")
    assert bad.returncode == 2
