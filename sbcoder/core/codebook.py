"""The codebook: a tree of codes with colours, descriptions and memos."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from sqlalchemy import func, select

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command, DeleteRows, IdOf, InsertRows, Macro, UpdateRow
from sbcoder.core.dto import CodeInfo, Outcome
from sbcoder.core.errors import ConflictError, NotFoundError, ValidationError
from sbcoder.core.service import Service, clean_color, clean_name
from sbcoder.db.models import Code, Coding, Quotation, new_uuid, utcnow

PATH_SEPARATOR = "/"
DeletePolicy = Literal["delete-codings", "move-to-parent"]
# A palette that stays distinguishable as highlights on white (Tableau 10, lightened).
PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#BAB0AC",
)


class CodeInUseError(ConflictError):
    """A code with quotations cannot be deleted without saying what to do with them."""

    def __init__(self, message: str, codings: int) -> None:
        super().__init__(message)
        self.codings = codings


def split_path(path: str) -> list[str]:
    """`Mechanisme/Versterkend/Vertrouwen` → its names (empty parts refused)."""
    parts = [" ".join(p.split()) for p in path.split(PATH_SEPARATOR)]
    if not path.strip() or any(not p for p in parts):
        raise ValidationError(f"not a code path: {path!r}")
    return parts


class CodebookService(Service):
    # -- queries -----------------------------------------------------------------
    def tree(self, coder_id: int | None = None) -> list[CodeInfo]:
        """All codes depth-first in tree order, with paths and quotation counts."""
        with self.project.session() as session:
            rows = session.execute(
                select(
                    Code.id,
                    Code.uuid,
                    Code.parent_id,
                    Code.name,
                    Code.color,
                    Code.description,
                    Code.memo,
                    Code.position,
                ).order_by(Code.position, Code.id)
            ).all()
            count_query = select(Coding.code_id, func.count(func.distinct(Coding.quotation_id)))
            if coder_id is not None:
                count_query = count_query.where(Coding.coder_id == coder_id)
            counts = dict(session.execute(count_query.group_by(Coding.code_id)).all())
        children: dict[int | None, list] = {}
        for row in rows:
            children.setdefault(row.parent_id, []).append(row)
        result: list[CodeInfo] = []

        def walk(parent: int | None, prefix: str, depth: int) -> None:
            for row in children.get(parent, []):
                path = f"{prefix}{PATH_SEPARATOR}{row.name}" if prefix else row.name
                result.append(
                    CodeInfo(
                        row.id,
                        row.uuid,
                        row.parent_id,
                        row.name,
                        path,
                        row.color,
                        row.description,
                        row.memo,
                        row.position,
                        depth,
                        counts.get(row.id, 0),
                        tuple(c.id for c in children.get(row.id, [])),
                    )
                )
                walk(row.id, path, depth + 1)

        walk(None, "", 0)
        return result

    def get(self, code_id: int) -> CodeInfo:
        """One code, or NotFoundError."""
        for info in self.tree():
            if info.id == code_id:
                return info
        raise NotFoundError(f"no code with id {code_id}")

    def by_path(self, path: str) -> CodeInfo:
        """The code at `path` (names from the root joined by '/'), or NotFoundError."""
        wanted = PATH_SEPARATOR.join(split_path(path))
        for info in self.tree():
            if info.path == wanted:
                return info
        raise NotFoundError(f"no code {wanted!r} (create it with code-add)")

    def descendants(self, code_id: int) -> list[int]:
        """The ids of a code's children, grandchildren …"""
        tree = self.tree()
        by_id = {c.id: c for c in tree}
        out, stack = [], list(by_id[code_id].child_ids) if code_id in by_id else []
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(by_id[current].child_ids)
        return out

    def _sibling_names(self, parent_id: int | None, exclude: int | None = None) -> set[str]:
        with self.project.session() as session:
            query = select(Code.name).where(
                Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
            )
            if exclude is not None:
                query = query.where(Code.id != exclude)
            return {n.casefold() for n in session.scalars(query)}

    def _next_position(self, parent_id: int | None) -> int:
        with self.project.session() as session:
            query = select(func.max(Code.position)).where(
                Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
            )
            return (session.scalar(query) or 0) + 1

    def _default_color(self, parent_id: int | None) -> str:
        if parent_id is not None:
            return self.get(parent_id).color
        return PALETTE[len(self._sibling_names(None)) % len(PALETTE)]

    # -- edits -------------------------------------------------------------------
    def create_command(
        self,
        name: str,
        parent_id: int | IdOf | None = None,
        color: str | None = None,
        description: str = "",
        position: int | None = None,
    ) -> InsertRows:
        """The command that creates a code (for callers that batch several edits)."""
        name = clean_name(name, "code name")
        if "/" in name:
            raise ValidationError(f"a code name cannot contain '/': {name!r}")
        real_parent = parent_id if isinstance(parent_id, int) else None
        if isinstance(parent_id, int):
            self.get(parent_id)
        if name.casefold() in self._sibling_names(real_parent) and not isinstance(parent_id, IdOf):
            raise ConflictError(f"there is already a code {name!r} here")
        return InsertRows(
            "codes",
            [
                {
                    "uuid": new_uuid(),
                    "parent_id": parent_id,
                    "name": name,
                    "color": clean_color(color) if color else self._default_color(real_parent),
                    "description": description,
                    "memo": "",
                    "position": position
                    if position is not None
                    else self._next_position(real_parent),
                    "created": utcnow(),
                    "created_by": self.coder_id,
                }
            ],
            label=f"New code {name}",
        )

    def create(
        self,
        name: str,
        parent_id: int | None = None,
        color: str | None = None,
        description: str = "",
    ) -> Outcome[CodeInfo]:
        """Create a code under `parent_id` (None: at the root)."""
        command = self.create_command(name, parent_id, color, description)
        return self.outcome(command, lambda: self.get(command.ids[0]))

    def ensure_path(
        self, path: str, color: str | None = None, description: str = ""
    ) -> Outcome[CodeInfo]:
        """Create the code at `path` and any missing parents (one undo step)."""
        names = split_path(path)
        parent: int | None = None
        commands: list[Command] = []
        tree = self.tree()
        for depth, name in enumerate(names):
            last = depth == len(names) - 1
            found = next(
                (c for c in tree if c.parent_id == parent and c.name.casefold() == name.casefold()),
                None,
            )
            if found is not None and not commands:
                if last:
                    raise ConflictError(f"the code {found.path!r} already exists")
                parent = found.id
                continue
            command = self.create_command(
                name,
                parent,
                color if last else None,
                description if last else "",
            )
            self.run(command)
            commands.append(command)
            parent = command.ids[0]
        macro = Macro(commands, label=f"New code {path}")
        # The parts were applied one by one (each needed its parent's id); the macro
        # is what undo reverts as one step.
        return Outcome(self.get(parent), Changes.of("codes"), macro)  # type: ignore[arg-type]

    def _update(self, code_id: int, label: str, **after: object) -> Outcome[CodeInfo]:
        before_info = self.get(code_id)
        before = {key: getattr(before_info, key) for key in after}
        command = UpdateRow("codes", code_id, before, after, label=label)
        return self.outcome(command, lambda: self.get(code_id))

    def rename(self, code_id: int, name: str) -> Outcome[CodeInfo]:
        """Rename a code (unique among its siblings)."""
        name = clean_name(name, "code name")
        if "/" in name:
            raise ValidationError(f"a code name cannot contain '/': {name!r}")
        info = self.get(code_id)
        if name.casefold() in self._sibling_names(info.parent_id, exclude=code_id):
            raise ConflictError(f"there is already a code {name!r} here")
        return self._update(code_id, f"Rename code {info.name}", name=name)

    def recolor(self, code_id: int, color: str) -> Outcome[CodeInfo]:
        """Give a code another colour (#RRGGBB)."""
        return self._update(code_id, "Change code colour", color=clean_color(color))

    def describe(self, code_id: int, description: str) -> Outcome[CodeInfo]:
        """Set a code's description (its definition in the codebook)."""
        return self._update(code_id, "Edit code description", description=description)

    def set_memo(self, code_id: int, memo: str) -> Outcome[CodeInfo]:
        """Set a code's memo."""
        return self._update(code_id, "Edit code memo", memo=memo)

    def move(
        self, code_id: int, parent_id: int | None, position: int | None = None
    ) -> Outcome[CodeInfo]:
        """Nest a code under another (or at the root) and/or put it at `position`
        among its new siblings (0-based)."""
        info = self.get(code_id)
        if parent_id is not None and (
            parent_id == code_id or parent_id in self.descendants(code_id)
        ):
            raise ConflictError("a code cannot be moved under itself")
        if info.name.casefold() in self._sibling_names(parent_id, exclude=code_id):
            raise ConflictError(f"there is already a code {info.name!r} there")
        siblings = [c for c in self.tree() if c.parent_id == parent_id and c.id != code_id]
        index = len(siblings) if position is None else max(0, min(position, len(siblings)))
        order = [c.id for c in siblings]
        order.insert(index, code_id)
        commands: list[Command] = []
        by_id = {c.id: c for c in self.tree()}
        for new_position, cid in enumerate(order):
            current = by_id[cid]
            before = {"position": current.position}
            after: dict[str, object] = {"position": new_position}
            if cid == code_id:
                before["parent_id"], after["parent_id"] = current.parent_id, parent_id
            if before != after:
                commands.append(UpdateRow("codes", cid, before, after))
        command = Macro(commands, label=f"Move code {info.name}")
        return self.outcome(command, lambda: self.get(code_id))

    def merge(self, source_id: int, target_id: int) -> Outcome[CodeInfo]:
        """Merge `source` into `target`: its codings and children move to the target,
        memos and descriptions are appended, and the source code is deleted."""
        if source_id == target_id:
            raise ValidationError("a code cannot be merged into itself")
        source, target = self.get(source_id), self.get(target_id)
        if target_id in self.descendants(source_id):
            raise ConflictError("a code cannot be merged into one of its own sub-codes")
        commands: list[Command] = []
        with self.project.session() as session:
            target_keys = set(
                session.execute(
                    select(Coding.quotation_id, Coding.coder_id).where(Coding.code_id == target_id)
                ).all()
            )
            for cid, qid, coder in session.execute(
                select(Coding.id, Coding.quotation_id, Coding.coder_id).where(
                    Coding.code_id == source_id
                )
            ).all():
                if (qid, coder) in target_keys:
                    continue  # the target already carries it: deleted with the source
                commands.append(
                    UpdateRow("codings", cid, {"code_id": source_id}, {"code_id": target_id})
                )
        for child in source.child_ids:
            commands.append(
                UpdateRow("codes", child, {"parent_id": source_id}, {"parent_id": target_id})
            )
        joined = {}
        for field_name in ("description", "memo"):
            extra = getattr(source, field_name).strip()
            if extra and extra not in getattr(target, field_name):
                joined[field_name] = "\n\n".join(
                    p for p in (getattr(target, field_name).strip(), extra) if p
                )
        if joined:
            commands.append(
                UpdateRow("codes", target_id, {k: getattr(target, k) for k in joined}, joined)
            )
        commands.append(DeleteRows("codes", [source_id]))
        command = Macro(commands, label=f"Merge {source.name} into {target.name}")
        return self.outcome(command, lambda: self.get(target_id))

    def coding_count(self, code_ids: Sequence[int]) -> int:
        """How many codings the given codes carry."""
        with self.project.session() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(Coding).where(Coding.code_id.in_(code_ids))
                )
                or 0
            )

    def delete(self, code_id: int, policy: DeletePolicy | None = None) -> Outcome[None]:
        """Delete a code and its sub-codes. If they carry codings, `policy` must say
        what happens: "delete-codings" removes them (quotations left without any code
        stay, as ATLAS.ti keeps free quotations), "move-to-parent" recodes them and
        moves the sub-codes to the parent code (at the root: refused)."""
        info = self.get(code_id)
        family = [code_id, *self.descendants(code_id)]
        in_use = self.coding_count(family)
        if in_use and policy is None:
            raise CodeInUseError(
                f"{info.path!r} is applied {in_use} times; choose to delete those codings "
                "or to move them to the parent code",
                in_use,
            )
        if policy == "move-to-parent" and in_use:
            if info.parent_id is None:
                raise ConflictError(f"{info.path!r} is at the root: there is no parent")
            merged = self.merge(code_id, info.parent_id)
            return Outcome(None, merged.changes, merged.command)
        command = DeleteRows("codes", [code_id], label=f"Delete code {info.name}")
        return self.outcome(command, None)

    def quotation_ids(self, code_id: int, include_children: bool = False) -> list[int]:
        """Quotations carrying the code (or, optionally, any of its sub-codes)."""
        ids = [code_id, *(self.descendants(code_id) if include_children else [])]
        with self.project.session() as session:
            return list(
                session.scalars(
                    select(Coding.quotation_id)
                    .where(Coding.code_id.in_(ids))
                    .distinct()
                    .join(Quotation, Quotation.id == Coding.quotation_id)
                    .order_by(Quotation.document_id, Quotation.start)
                )
            )
