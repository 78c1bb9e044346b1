"""Index the audit trail by record.

Revision ID: 0002_audit_entity_index
Revises: 0001_baseline
Create Date: 2026-11-25 22:05:00

Purging a nominee (Decree 13/2023) must find and scrub every audit entry that holds a copy of
their data, and a record's history is shown by (entity, entity_id): both looked through the
whole audit trail, which grows with every save. A composite index makes them one lookup.
"""

from __future__ import annotations

from alembic import op

revision = "0002_audit_entity_index"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the (entity, entity_id) index."""
    op.create_index("ix_audit_event_entity_record", "audit_event", ["entity", "entity_id"], unique=False)


def downgrade() -> None:
    """Drop the index again."""
    op.drop_index("ix_audit_event_entity_record", table_name="audit_event")
