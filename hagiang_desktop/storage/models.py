"""The tables of the office's database (sqlmodel).

Rows here never leave the services layer: services turn them into plain dataclasses for the UI,
the CLI and the exporters. Every column that a clerk searches on has a folded twin
(``*_fold``) filled by the services with :func:`hagiang_desktop.core.vntext.fold`, so that
search runs in SQL with ``LIKE`` on an index-friendly column, and every name a list sorts by has
a stored Vietnamese sort key (``name_sort``, bytes of :func:`~hagiang_desktop.core.vntext.sort_key_bytes`)
so that ``ORDER BY`` runs in C on an index instead of calling the Python collation per comparison.
Writers fill these twins through :func:`name_values` and :func:`search_text`, never by hand.

The nominations' ``search_fold`` is also indexed by an FTS5 table with the trigram tokenizer,
:data:`SEARCH_TABLE`, kept in step by triggers (migration 0003); it is not part of the metadata
(SQLAlchemy has no virtual tables), so Alembic's comparisons skip it (:func:`include_name`).

Schema changes go through Alembic migrations in ``storage/migrations``; never through
``create_all`` on a real database.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, Table, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from hagiang_desktop.core.vntext import fold, sort_key_bytes

if TYPE_CHECKING:
    from alembic.runtime.environment import NameFilterParentNames

#: The FTS5 table (trigram tokenizer) over ``nomination.search_fold`` (migration 0003).
SEARCH_TABLE = "nomination_fts"
#: A server's narrow copy of ``nomination.search_fold`` under its ``pg_trgm`` index, kept in step
#: by a trigger (migration 0007): a search reads it instead of the wide nomination rows.
SERVER_SEARCH_TABLE = "nomination_search"
#: The nomination columns whose index ends with the id (migration 0007), for the list's sorts.
SORTED_COLUMNS = ("kind", "field_code", "status", "eligible", "is_supplement", "received_on", "year")

#: Columns computed from others (search and sort twins): never in an audit snapshot. (A row's
#: ``row_version`` is in it: the audit tells which save of the record each entry is, #22.)
DERIVED_COLUMNS = frozenset({"name_fold", "name_sort", "search_fold"})


def include_name(name: str | None, type_: str, _parent_names: NameFilterParentNames) -> bool:
    """Tell Alembic's comparison whether a schema object belongs to the metadata.

    The search index (:data:`SEARCH_TABLE` and its shadow tables ``nomination_fts_data``,
    ``_idx``, ``_docsize``, ``_config``) lives only in migration 0003, a server's
    :data:`SERVER_SEARCH_TABLE` only in 0007: they are skipped.

    Args:
        name: the object's name in the database.
        type_: its kind ("table", "index", "column"…).
        _parent_names: where it sits (unused).

    Returns:
        False for the search index's tables, True for everything else.
    """
    return not (
        type_ == "table"
        and name is not None
        and (name.startswith(SEARCH_TABLE) or name == SERVER_SEARCH_TABLE)
    )


def table_of(model: type[SQLModel]) -> Table:
    """Return a table model's Core table (for bulk statements such as :func:`~.bulk.bulk_insert`).

    Args:
        model: a class declared with ``table=True``.

    Returns:
        Its ``__table__``, which sqlmodel sets on the class without declaring it to type checkers.
    """
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def name_values(name: str) -> dict[str, Any]:
    """Return a name with its stored twins, as column → value (for inserts and updates).

    Args:
        name: the cleaned NFC name.

    Returns:
        ``name``, ``name_fold`` (search) and ``name_sort`` (Vietnamese order, as bytes).
    """
    return {"name": name, "name_fold": fold(name), "name_sort": sort_key_bytes(name)}


def set_name(row: Unit | Nomination, name: str) -> None:
    """Rename a unit or nomination row, keeping its folded and sort-key twins in step."""
    for column, value in name_values(name).items():
        setattr(row, column, value)


def search_text(name: str, unit_name_fold: str, achievements: str) -> str:
    """Return a nomination's ``search_fold``: its name, its registering unit's and its achievements.

    Args:
        name: the nomination's name.
        unit_name_fold: the registering unit's ``name_fold``.
        achievements: the achievements text.

    Returns:
        The folded text that search looks through.
    """
    return " ".join((fold(name), unit_name_fold, fold(achievements)))


def _sort_key_column() -> Column[bytes]:
    """Build a ``name_sort`` column: an indexed BLOB compared with ``memcmp``.

    The empty default exists only because SQLite can add a NOT NULL column to a filled table
    only with a default (migration 0003); every writer sets the key and ``check`` finds any
    row whose key is not the name's.
    """
    return Column(LargeBinary, nullable=False, index=True, server_default=text("x''"))


def _row_version_column() -> Column[int]:
    """Build a ``row_version`` column (migration 0006): optimistic concurrency between clerks."""
    return Column(Integer, nullable=False, server_default=text("1"), default=1)


def _fk(target: str, *, ondelete: str = "RESTRICT", nullable: bool = True) -> Column[int]:
    """Build a foreign-key column (sqlmodel's ``foreign_key=`` cannot say ON DELETE)."""
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class Unit(SQLModel, table=True):
    """A node of the unit directory: province, district, commune, office, department and so on."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True)
    name: str
    name_fold: str = Field(index=True)
    name_sort: bytes = Field(sa_column=_sort_key_column())
    short_name: str | None = None
    kind: str = Field(index=True)
    parent_id: int | None = Field(default=None, sa_column=_fk("unit.id"))
    valid_from: date | None = None
    valid_to: date | None = None
    contact_person: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    directory: str = "hagiang-2018"
    #: Raised by one at each save through the form; a save from an older version is a conflict (#22).
    row_version: int = Field(default=1, sa_column=_row_version_column())


class UnitGroup(SQLModel, table=True):
    """An emulation bloc or cluster (khối, cụm thi đua) that units belong to besides their parent."""

    __tablename__ = "unit_group"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True)
    name: str
    kind: str = "bloc"


class UnitGroupMember(SQLModel, table=True):
    """Membership of a unit in an emulation group."""

    __tablename__ = "unit_group_member"

    unit_id: int = Field(
        sa_column=Column(Integer, ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    )
    group_id: int = Field(
        sa_column=Column(Integer, ForeignKey("unit_group.id", ondelete="CASCADE"), primary_key=True)
    )


class UnitLink(SQLModel, table=True):
    """A predecessor → successor relation between units (merge, split, rename) with its legal basis."""

    __tablename__ = "unit_link"

    id: int | None = Field(default=None, primary_key=True)
    predecessor_id: int = Field(sa_column=_fk("unit.id", ondelete="CASCADE", nullable=False))
    successor_id: int = Field(sa_column=_fk("unit.id", ondelete="CASCADE", nullable=False))
    link_kind: str = "rename"
    legal_basis: str | None = None
    legal_date: date | None = None


class UnitVersion(SQLModel, table=True):
    """What a unit was *before* a dated change: its name, short name, kind and parent until a day.

    The ``unit`` row holds the unit as it is now; each version holds an earlier state, valid
    up to the day before ``until`` (issue #24). As of a day, a unit is the version with the
    smallest ``until`` after that day, else its ``unit`` row (:mod:`services.unit_history`).
    """

    __tablename__ = "unit_version"
    __table_args__ = (UniqueConstraint("unit_id", "until"),)

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int = Field(sa_column=_fk("unit.id", ondelete="CASCADE", nullable=False))
    until: date = Field(index=True)
    name: str
    short_name: str | None = None
    kind: str
    parent_id: int | None = Field(default=None, sa_column=_fk("unit.id"))
    legal_basis: str | None = None


class NominationMove(SQLModel, table=True):
    """A nomination moved from a unit to its successor on a day (a merge or split, issue #24).

    The nomination's ``registering_unit_id`` is its unit now; as of a day before ``moved_on``
    it was ``from_unit_id``'s.
    """

    __tablename__ = "nomination_move"

    id: int | None = Field(default=None, primary_key=True)
    nomination_id: int = Field(sa_column=_fk("nomination.id", ondelete="CASCADE", nullable=False))
    from_unit_id: int = Field(sa_column=_fk("unit.id", nullable=False))
    to_unit_id: int = Field(sa_column=_fk("unit.id", nullable=False))
    moved_on: date = Field(index=True)
    link_id: int | None = Field(default=None, sa_column=_fk("unit_link.id", ondelete="SET NULL"))


class Nomination(SQLModel, table=True):
    """One registered model (mô hình, gương điển hình tiên tiến)."""

    #: Covering indexes for the dashboard's two GROUP BYs over the whole province (migration
    #: 0003): each scans a narrow index instead of the 100,000 wide rows.
    __table_args__ = (
        Index("ix_nomination_dashboard_received", "registering_unit_id", "received_on", "channel", "status"),
        Index(
            "ix_nomination_dashboard_fields",
            "registering_unit_id",
            "field_code",
            "eligible",
            "status",
            "received_on",
        ),
        # Each sortable column's index ends with the id, the list's tie-break: a server then
        # reads one page of a sort in index order (SQLite's indexes end with the rowid anyway).
        *(Index(f"ix_nomination_{column}", column, "id") for column in SORTED_COLUMNS),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, index=True)
    plan_id: str
    year: int
    kind: str
    field_code: str
    name: str
    name_fold: str = Field(index=True)
    name_sort: bytes = Field(sa_column=_sort_key_column())
    position: str | None = None
    work_unit: str | None = None
    gender: str | None = None
    birth_year: int | None = None
    member_unit_id: int | None = Field(default=None, sa_column=_fk("unit.id"))
    household_head: str | None = None
    village: str | None = None
    commune: str | None = None
    registering_unit_id: int = Field(sa_column=_fk("unit.id", nullable=False))
    achievements: str = ""
    good_practice: str = ""
    replication_plan: str = ""
    target_honour: str | None = None
    #: The free title of a model in the plan's open field ("Lĩnh vực khác": "Tư pháp"); None otherwise.
    field_title: str | None = None
    received_on: date | None = None
    channel: str | None = None
    is_supplement: bool = False
    #: Cached result of core's eligibility rule, rewritten on every save; kept so that lists of
    #: 100,000 rows can filter on it in SQL. ``check`` verifies it against the rule.
    eligible: bool = False
    status: str = "registered"
    status_reason: str | None = None
    override_reason: str | None = None
    note: str | None = None
    search_fold: str = ""
    source_key: str | None = Field(default=None, index=True)
    created_at: datetime
    updated_at: datetime
    #: Raised by one at each save through the form; a save from an older version is a conflict (#22).
    row_version: int = Field(default=1, sa_column=_row_version_column())


class CriterionCheck(SQLModel, table=True):
    """A criterion of the plan ticked (or annotated) for one nomination, with its evidence note."""

    __tablename__ = "criterion_check"
    __table_args__ = (UniqueConstraint("nomination_id", "criterion_code"),)

    id: int | None = Field(default=None, primary_key=True)
    nomination_id: int = Field(sa_column=_fk("nomination.id", ondelete="CASCADE", nullable=False))
    criterion_code: str
    met: bool = True
    evidence: str | None = None


class StatusEvent(SQLModel, table=True):
    """One transition of a nomination's status, with when and why."""

    __tablename__ = "status_event"

    id: int | None = Field(default=None, primary_key=True)
    nomination_id: int = Field(sa_column=_fk("nomination.id", ondelete="CASCADE", nullable=False))
    from_status: str | None = None
    to_status: str
    at: datetime
    reason: str | None = None
    actor: str = ""


class Assessment(SQLModel, table=True):
    """A follow-up assessment of a model at one stage of the plan (2018 review, 2019, 2020)."""

    id: int | None = Field(default=None, primary_key=True)
    nomination_id: int = Field(sa_column=_fk("nomination.id", ondelete="CASCADE", nullable=False))
    stage_code: str
    assessed_on: date
    rating: str
    notes: str = ""


class ReplicationActivity(SQLModel, table=True):
    """A replication activity: study visit, experience talk, media coverage and the like."""

    __tablename__ = "replication_activity"

    id: int | None = Field(default=None, primary_key=True)
    nomination_id: int = Field(sa_column=_fk("nomination.id", ondelete="CASCADE", nullable=False))
    activity_kind: str
    held_on: date
    description: str = ""


class Commendation(SQLModel, table=True):
    """A commendation a model received."""

    id: int | None = Field(default=None, primary_key=True)
    nomination_id: int = Field(sa_column=_fk("nomination.id", ondelete="CASCADE", nullable=False))
    awarded_on: date
    title: str
    decision_number: str | None = None


class Receipt(SQLModel, table=True):
    """A submission received from a unit (the receipts register); timeliness is computed from it."""

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int = Field(sa_column=_fk("unit.id", nullable=False))
    received_on: date = Field(index=True)
    channel: str
    doc_number: str | None = None
    note: str | None = None
    created_at: datetime


class AuditEvent(SQLModel, table=True):
    """Who changed what, when, with the state before and after (JSON)."""

    __tablename__ = "audit_event"
    #: One record's history, and the entries a purge must scrub (migration 0002).
    __table_args__ = (Index("ix_audit_event_entity_record", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor: str = ""
    action: str
    entity: str
    entity_id: str
    before_json: str | None = None
    after_json: str | None = None


class Setting(SQLModel, table=True):
    """A key/value setting stored with the data (office unit, plan, mode…); values are JSON."""

    key: str = Field(primary_key=True)
    value: str


class UpwardEvent(SQLModel, table=True):
    """The office's own upward steps: list selected, forms printed, list exported, bundle built."""

    __tablename__ = "upward_event"

    id: int | None = Field(default=None, primary_key=True)
    event_kind: str = Field(index=True)
    at: datetime
    detail: str | None = None
    sequence: int | None = None
    nomination_count: int | None = None


class SigningIdentity(SQLModel, table=True):
    """The office's signing key (PKCS#12, passphrase-encrypted) and certificate."""

    __tablename__ = "signing_identity"

    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(unique=True)
    cert_pem: str
    p12: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    status: str = "active"
    created_at: datetime
    retired_at: datetime | None = None


class TrustedCertificate(SQLModel, table=True):
    """A certificate of a sending office, trusted by the province's inbox (or the province's own)."""

    __tablename__ = "trusted_certificate"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(index=True)
    subject: str
    fingerprint: str = Field(unique=True)
    cert_pem: str
    status: str = "active"
    added_at: datetime


class InboxBundle(SQLModel, table=True):
    """A bundle the inbox has verified and imported."""

    __tablename__ = "inbox_bundle"

    id: int | None = Field(default=None, primary_key=True)
    sender_code: str = Field(index=True)
    sequence: int
    created_at: datetime
    imported_at: datetime
    supplement: bool = False
    manifest_sha256: str
    nomination_count: int = 0


class UnitPlan(SQLModel, table=True):
    """A reporting body's own replication plan, sent to the province with its list (plan IV.1).

    IV.1: "kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến", by the list's deadline. One per
    unit: a new record or file replaces the old. Either the document itself (PDF/DOCX) or its
    number and date are recorded; ``sent_on`` is the day it went to the province (in the
    province's inbox: the day the bundle carrying it was imported).
    """

    __tablename__ = "unit_plan"

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int = Field(sa_column=_fk("unit.id", ondelete="CASCADE", nullable=False))
    number: str | None = None
    signed_on: date | None = None
    sent_on: date
    file_name: str | None = None
    content: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    sha256: str | None = None
    recorded_at: datetime

    __table_args__ = (UniqueConstraint("unit_id"),)
