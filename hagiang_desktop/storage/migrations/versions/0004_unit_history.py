"""Dated unit versions and nomination moves (a directory that remembers, issue #24).

Revision ID: 0004_unit_history
Revises: 0003_sort_keys_search
Create Date: 2026-12-06 23:30:00

``unit_version`` keeps a unit's earlier name, short name, kind and parent until the day of a
dated change; ``nomination_move`` keeps where a nomination was before a merge or split moved it
to the successor. Both are new tables: existing databases need no data change.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the submodule itself: the column types below are reached through it
from alembic import op

revision = "0004_unit_history"
down_revision = "0003_sort_keys_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the two tables and their indexes."""
    op.create_table(
        "unit_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("short_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("legal_basis", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["parent_id"], ["unit.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_id", "until"),
    )
    with op.batch_alter_table("unit_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_version_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_version_until"), ["until"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_version_parent_id"), ["parent_id"], unique=False)
    op.create_table(
        "nomination_move",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nomination_id", sa.Integer(), nullable=False),
        sa.Column("from_unit_id", sa.Integer(), nullable=False),
        sa.Column("to_unit_id", sa.Integer(), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["nomination_id"], ["nomination.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["from_unit_id"], ["unit.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["to_unit_id"], ["unit.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["link_id"], ["unit_link.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("nomination_move", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nomination_move_nomination_id"), ["nomination_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_nomination_move_from_unit_id"), ["from_unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_nomination_move_to_unit_id"), ["to_unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_nomination_move_moved_on"), ["moved_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_nomination_move_link_id"), ["link_id"], unique=False)


def downgrade() -> None:
    """Drop the two tables."""
    op.drop_table("nomination_move")
    op.drop_table("unit_version")
