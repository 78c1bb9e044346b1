"""The open field's free title on a nomination, and each reporting body's own replication plan.

Revision ID: 0005_open_field_unit_plan
Revises: 0004_unit_history
Create Date: 2026-12-06 23:30:00

Plan 127 read to the letter (issue #16):

* ``nomination.field_title``: III.2 gives criteria for "một số lĩnh vực", not a closed list; a
  model of another field is registered under the open field with its own title;
* ``unit_plan``: IV.1 asks every district and provincial body to send "danh sách … và kế hoạch bồi
  dưỡng, nhân rộng điển hình tiên tiến" by the deadline; the plan document (or its number and
  date) is now tracked per unit.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_open_field_unit_plan"
down_revision = "0004_unit_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column and the table."""
    # A plain ADD COLUMN: batch mode would rebuild the table and drop its search triggers (0003).
    op.add_column("nomination", sa.Column("field_title", sa.String(), nullable=True))
    op.create_table(
        "unit_plan",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("unit.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.String(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("sha256", sa.String(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("unit_id"),
    )
    op.create_index("ix_unit_plan_unit_id", "unit_plan", ["unit_id"], unique=False)


def downgrade() -> None:
    """Drop them again."""
    op.drop_index("ix_unit_plan_unit_id", table_name="unit_plan")
    op.drop_table("unit_plan")
    op.drop_column("nomination", "field_title")  # SQLite 3.35+: no table rebuild
