"""Alembic environment: runs on the connection that ``storage.database`` hands over."""

from alembic import context

from storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite rebuilds tables for ALTERs Alembic cannot do in place
)
with context.begin_transaction():
    context.run_migrations()
