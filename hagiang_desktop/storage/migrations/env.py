"""Alembic environment: runs on the connection handed over by :mod:`hagiang_desktop.storage.migrate`."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from hagiang_desktop.storage import models  # noqa: F401  (registers the tables on the metadata)

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by developers
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://").connect()

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    include_name=models.include_name,
)
with context.begin_transaction():
    context.run_migrations()
