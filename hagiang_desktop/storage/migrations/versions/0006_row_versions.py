"""Row versions on nominations and units: several clerks on one server (issue #22).

Revision ID: 0006_row_versions
Revises: 0005_open_field_unit_plan
Create Date: 2026-12-07 02:30:00

Each save of a nomination or a unit through its form checks that the row is still at the
version the form loaded and raises it by one; a save over another clerk's change is shown to the
clerk instead of overwriting it (optimistic concurrency). Existing rows start at version 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_row_versions"
down_revision = "0005_open_field_unit_plan"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the two columns."""
    # A plain ADD COLUMN: batch mode would rebuild the table and drop its search triggers (0003).
    for table in ("nomination", "unit"):
        op.add_column(table, sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False))


def downgrade() -> None:
    """Drop them again."""
    for table in ("unit", "nomination"):
        op.drop_column(table, "row_version")  # SQLite 3.35+: no table rebuild
