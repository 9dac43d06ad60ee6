"""Alembic environment: migrations run on the connection sbcoder hands over."""

from alembic import context

from sbcoder.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs alembic by hand
    raise RuntimeError("sbcoder migrations run through sbcoder.db.project_file, not by hand")

# render_as_batch lets ALTER TABLE work on SQLite (copy-and-move), and still emits plain
# ALTERs on a server database.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
