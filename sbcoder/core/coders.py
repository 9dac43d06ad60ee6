"""Coders: who made each quotation and coding."""

from __future__ import annotations

from sqlalchemy import select

from sbcoder.core.dto import CoderInfo
from sbcoder.core.errors import NotFoundError
from sbcoder.core.service import Service, clean_name
from sbcoder.db.models import Coder


def _info(coder: Coder) -> CoderInfo:
    return CoderInfo(coder.id, coder.uuid, coder.name)


class CoderService(Service):
    def list(self) -> list[CoderInfo]:
        """All coders, by name."""
        with self.project.session() as session:
            return [_info(c) for c in session.scalars(select(Coder).order_by(Coder.name))]

    def ensure(self, name: str) -> CoderInfo:
        """The coder with this name, created if new (not an undoable edit: identity)."""
        name = clean_name(name, "coder name")
        with self.project.transaction() as session:
            coder = session.scalars(select(Coder).where(Coder.name == name)).first()
            if coder is None:
                coder = Coder(name=name)
                session.add(coder)
                session.flush()
            return _info(coder)

    def set_current(self, name: str) -> CoderInfo:
        """Make `name` the coder recorded on every new quotation and coding."""
        coder = self.ensure(name)
        self.project.current_coder_id = coder.id
        return coder

    def by_name(self, name: str) -> CoderInfo:
        """The coder called `name`, or NotFoundError."""
        with self.project.session() as session:
            coder = session.scalars(select(Coder).where(Coder.name == name.strip())).first()
            if coder is None:
                raise NotFoundError(f"no coder called {name!r}")
            return _info(coder)

    def current(self) -> CoderInfo | None:
        """The current coder, if one is set."""
        if self.project.current_coder_id is None:
            return None
        with self.project.session() as session:
            coder = session.get(Coder, self.project.current_coder_id)
            return _info(coder) if coder else None
