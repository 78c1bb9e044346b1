"""The nominations' text search, written once and compiled for each engine (issue #22).

Both engines search the same stored text, ``nomination.search_fold`` (folded in Python by
:func:`~hagiang_desktop.core.vntext.fold`), so they return the same rows:

* SQLite: the FTS5 trigram table :data:`~hagiang_desktop.storage.models.SEARCH_TABLE` (0003)
  for three characters or more, ``LIKE '%…%'`` on the column for fewer (a trigram needs three);
* PostgreSQL: ``LIKE '%…%'`` on the narrow copy of the column,
  :data:`~hagiang_desktop.storage.models.SERVER_SEARCH_TABLE`, answered by its ``pg_trgm`` GIN
  index from three characters on (0007; on the wide nomination rows until then, 0003).

The services build queries with :func:`folded_match` and never ask which engine it is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import BindParameter, ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Boolean
from sqlmodel import Session

from hagiang_desktop.storage.models import SEARCH_TABLE, SERVER_SEARCH_TABLE

_MATCHING_IDS = f"IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH "
#: A trigram index answers substrings of three characters or more.
TRIGRAM = 3
#: ``LIKE``'s escape character in every pattern built by :func:`_escaped`.
_ESCAPE = "ESCAPE '\\'"


class FoldedMatch(ColumnElement[bool]):
    """``nomination.search_fold`` contains a folded phrase."""

    type = Boolean()
    inherit_cache = True

    def __init__(self, folded: str, *, in_order: bool) -> None:
        self.in_order = in_order
        self.short = len(folded) < TRIGRAM
        self.phrase: BindParameter[str] = bindparam("search_phrase", _phrase(folded), unique=True)
        self.pattern: BindParameter[str] = bindparam(
            "search_pattern", "%" + _escaped(folded) + "%", unique=True
        )

    # The cache key must tell apart the two SQLite forms; the values are bound parameters.
    _traverse_internals = [
        ("in_order", InternalTraversal.dp_boolean),
        ("short", InternalTraversal.dp_boolean),
        ("phrase", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]


@compiles(FoldedMatch, "sqlite")
def _match_sqlite(element: FoldedMatch, compiler: Any, **kw: Any) -> str:
    if element.short:  # no trigram to look up: a scan of the column
        return f"nomination.search_fold LIKE {compiler.process(element.pattern, **kw)} {_ESCAPE}"
    # "+id" (one ordered page) keeps SQLite from fetching every match by id and sorting them
    # (36 ms for the 20,000 "chè"); it walks the sort column's index instead, testing each id
    # against the matches, and stops after the page (3–7 ms; 15 ms at worst).
    column = "+nomination.id" if element.in_order else "nomination.id"
    return f"{column} {_MATCHING_IDS}{compiler.process(element.phrase, **kw)})"


@compiles(FoldedMatch)
def _match_server(element: FoldedMatch, compiler: Any, **kw: Any) -> str:
    # The narrow table, not the wide row: 25–30 ms instead of 130–320 ms to find the 20,000
    # nominations holding "chè" among 100,000 (0007); a short search scans it as fast.
    like = f"search_fold LIKE {compiler.process(element.pattern, **kw)} {_ESCAPE}"
    return f"nomination.id IN (SELECT id FROM {SERVER_SEARCH_TABLE} WHERE {like})"


def folded_match(folded: str, *, in_order: bool = False) -> ColumnElement[bool]:
    """Return the condition "the search text holds ``folded``" through the engine's trigram index.

    Args:
        folded: the folded search; under :data:`TRIGRAM` characters it is a scan of the text.
        in_order: the query reads one page in the order of an indexed column.

    Returns:
        A condition on ``nomination`` for ``WHERE``.
    """
    return FoldedMatch(folded, in_order=in_order)


def count_matches(session: Session, folded: str) -> int:
    """Count the nominations whose search text holds ``folded``.

    On SQLite the FTS5 index counts its matches without reading a row (1–4 ms instead of
    20–30 ms for 20,000 matches, #11); a server counts the rows of its narrow search table
    (never the wide nominations, #22).
    """
    if session.get_bind().dialect.name == "sqlite":
        if len(folded) < TRIGRAM:
            query = text(f"SELECT count(*) FROM nomination WHERE search_fold LIKE :pattern {_ESCAPE}")
            return int(session.scalar(query.bindparams(pattern=f"%{_escaped(folded)}%")) or 0)
        query = text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :search_phrase")
        return int(session.scalar(query.bindparams(search_phrase=_phrase(folded))) or 0)
    query = text(f"SELECT count(*) FROM {SERVER_SEARCH_TABLE} WHERE search_fold LIKE :pattern {_ESCAPE}")
    return int(session.scalar(query.bindparams(pattern=f"%{_escaped(folded)}%")) or 0)


#: The ``pg_trgm`` GIN index a server's search relies on (migration 0003; on
#: :data:`SERVER_SEARCH_TABLE` since 0007).
SERVER_SEARCH_INDEX = "ix_nomination_search_trgm"
#: The trigger that keeps :data:`SERVER_SEARCH_TABLE` in step with ``nomination`` (0007).
_SERVER_SYNC = "nomination_search_sync"


def search_index_problems(engine: Engine) -> list[str]:
    """Check a server's search index: present, valid, ready, its table in step with the nominations.

    A failed concurrent build leaves an index that is not valid; the narrow table (0007) must
    hold every nomination's text and its trigger must be there to keep it so.

    Args:
        engine: a PostgreSQL engine.

    Returns:
        The problems found; empty when the index is sound.
    """
    query = text(
        "SELECT i.indisvalid, i.indisready FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE c.relname = :name"
    )
    with engine.connect() as conn:
        row = conn.execute(query, {"name": SERVER_SEARCH_INDEX}).first()
        trgm = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first()
        sync = conn.execute(text(f"SELECT 1 FROM pg_trigger WHERE tgname = '{_SERVER_SYNC}'")).first()
        table = conn.scalar(text(f"SELECT to_regclass('{SERVER_SEARCH_TABLE}')"))
        # The narrow copy must hold every nomination's text, and nothing else (0007).
        apart = table and conn.scalar(
            text(
                f"SELECT count(*) FROM nomination n FULL JOIN {SERVER_SEARCH_TABLE} s ON s.id = n.id "
                "WHERE n.id IS NULL OR s.id IS NULL OR s.search_fold <> n.search_fold"
            )
        )
    problems = []
    if trgm is None:
        problems.append("pg_trgm extension missing")
    if row is None:
        problems.append(f"{SERVER_SEARCH_INDEX} missing")
    elif not (row[0] and row[1]):
        problems.append(f"{SERVER_SEARCH_INDEX} not valid (REINDEX INDEX {SERVER_SEARCH_INDEX})")
    if table is None:
        problems.append(f"{SERVER_SEARCH_TABLE} missing")
    if sync is None:
        problems.append(f"trigger {_SERVER_SYNC} missing")
    if apart:
        problems.append(f"{SERVER_SEARCH_TABLE}: {apart} nominations out of step")
    return problems


#: Collations that compare text byte by byte, as SQLite's BINARY does.
_BYTE_COLLATIONS = frozenset({"c", "posix", "c.utf8", "c.utf-8"})


def byte_order_problem(engine: Engine) -> str | None:
    """Tell whether a server database compares text byte by byte, as SQLite does.

    Names sort by stored keys, but codes, kinds and statuses sort as text: a database created
    with a language's collation (``vi_VN.UTF-8``, ``en_US.UTF-8``) ignores punctuation and
    would order them differently from SQLite. The database must be created with the ``C.UTF-8``
    locale (the user guide says how).

    Returns:
        None when it does, else the database's collation.
    """
    # SELECT *: the ICU column is daticulocale up to PostgreSQL 16 and datlocale from 17 on.
    query = text("SELECT * FROM pg_database WHERE datname = current_database()")
    with engine.connect() as conn:
        row = conn.execute(query).mappings().one()
    provider = str(row.get("datlocprovider") or "c")
    if provider == "i":  # ICU never compares byte by byte
        return f"ICU {row.get('daticulocale') or row.get('datlocale') or ''}".strip()
    collation = str(row.get("datlocale") if provider == "b" else row.get("datcollate") or "")
    return None if collation.lower() in _BYTE_COLLATIONS else collation


def _phrase(folded: str) -> str:
    """Quote a folded search as one FTS5 string: a plain substring, whatever it holds."""
    return '"' + folded.replace('"', '""') + '"'


def _escaped(folded: str) -> str:
    """Escape ``LIKE``'s wildcards: ``%`` and ``_`` typed by a clerk are plain characters."""
    return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
