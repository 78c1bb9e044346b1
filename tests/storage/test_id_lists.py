"""Lists of ids written into a statement (storage.id_lists, #22): the same rows, no 500 parameters."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from hagiang_desktop.storage.id_lists import literal_ids
from hagiang_desktop.storage.models import Unit


def test_a_chunk_of_ids_reads_the_same_rows_without_a_parameter_per_id(any_workspace) -> None:
    with any_workspace.reading() as session:
        ids = list(session.scalars(select(Unit.id).order_by(Unit.id)))[:300]
        assert len(ids) == 300
        sent: list[tuple[str, object]] = []

        def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
            sent.append((statement, parameters))

        conn = session.connection()
        event.listen(conn, "before_cursor_execute", keep)
        try:
            literal = session.execute(
                select(Unit.code).where(Unit.id.in_(literal_ids(ids))).order_by(Unit.id)
            )
            codes = list(literal.scalars())
        finally:
            event.remove(conn, "before_cursor_execute", keep)
        expected = list(session.scalars(select(Unit.code).where(Unit.id.in_(ids)).order_by(Unit.id)))
    assert codes == expected
    statement, parameters = sent[-1]
    assert not parameters  # nothing bound: the ids are in the text
    assert str(ids[-1]) in statement


def test_anything_but_a_number_is_refused_before_it_reaches_the_statement() -> None:
    with pytest.raises(ValueError, match="invalid literal"):
        literal_ids(["1; DROP TABLE unit"])  # type: ignore[list-item]
