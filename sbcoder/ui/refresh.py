"""Refreshing the panes after an edit, as little as the edit requires.

A `Changes` record says which kinds of thing changed; when the edit also handed back
the quotation as it now is (coding, memo, resize), the open document, the code
counts, the document counts and the quotations list are patched from it without
asking the project again; the document view re-blends only the stretch of text that
quotation covers (`DocumentView.upsert_quotation` / `remove_quotation`). Anything
else (undo, redo, deletes, codebook edits) reloads the kinds that changed, each from
one query.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sbcoder.core.changes import Changes
from sbcoder.core.dto import QuotationInfo

if TYPE_CHECKING:
    from sbcoder.ui.main_window import MainWindow

PATCHABLE = frozenset({"quotations", "codings"})


def counts_for(quotation: QuotationInfo | None, code_id: int, coder_id: int | None) -> int:
    """1 if the quotation counts for the code (for the coder filter), else 0."""
    if quotation is None:
        return 0
    return int(
        any(c.code_id == code_id and coder_id in (None, c.coder_id) for c in quotation.codings)
    )


def made_by(quotation: QuotationInfo, coder_id: int) -> bool:
    """True if the coder made the quotation or one of its codings."""
    return quotation.coder_id == coder_id or any(c.coder_id == coder_id for c in quotation.codings)


class ViewRefresher:
    """Keeps the open document's quotations cached and the panes in step."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.document_id: int | None = None
        self.quotations: dict[int, QuotationInfo] = {}

    # -- the open document's quotations ------------------------------------------------
    def load_document(self, document_id: int) -> list[QuotationInfo]:
        """Fetch a document's quotations once and keep them; returns the shown ones."""
        project = self.window.workbench.project
        assert project is not None
        rows = self.window.workbench.query(
            lambda: project.quotations.list(document_id=document_id), []
        )
        self.document_id = document_id
        self.quotations = {q.id: q for q in rows}
        return self.shown()

    def forget(self) -> None:
        """No document is open."""
        self.document_id = None
        self.quotations = {}

    def shown(self) -> list[QuotationInfo]:
        """The open document's quotations that pass the coder filter, in text order."""
        coder = self.window.coder_filter.coder_id
        rows = sorted(self.quotations.values(), key=lambda q: (q.start, q.end, q.id))
        return rows if coder is None else [q for q in rows if made_by(q, coder)]

    def document_rows(self, document_id: int) -> list[QuotationInfo] | None:
        """The cached rows of `document_id` for the quotations pane (None: not cached)."""
        return self.shown() if document_id == self.document_id else None

    # -- after an edit -------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        """Bring every pane up to date with `changes`."""
        window = self.window
        if window.workbench.project is None:
            return
        edited = window.workbench.edited_quotation
        if (
            edited is not None
            and changes.kinds <= PATCHABLE
            and edited.document_id == self.document_id
            and edited.document_id is not None
        ):
            self._patch(edited)
        else:
            self._reload(changes)
        window.update_status()
        window.update_actions()

    def _patch(self, quotation: QuotationInfo) -> None:
        window = self.window
        before = self.quotations.get(quotation.id)
        self.quotations[quotation.id] = quotation
        coder = window.coder_filter.coder_id
        touched = set(quotation.code_ids) | set(before.code_ids if before else ())
        for code_id in touched & window.codes.keys():
            delta = counts_for(quotation, code_id, coder) - counts_for(before, code_id, coder)
            if delta:
                code = window.codes[code_id]
                window.codes[code_id] = replace(code, quotation_count=code.quotation_count + delta)
        window.code_pane.set_codes(list(window.codes.values()))
        if before is None:  # a new quotation: one more in its document
            model = window.documents_pane.model
            documents = [
                replace(d, quotation_count=d.quotation_count + 1)
                if d.id == quotation.document_id
                else d
                for d in model.documents()
            ]
            model.set_contents(documents, model.groups())
        view = window.document_view
        if coder is None or made_by(quotation, coder):
            view.upsert_quotation(quotation, window.codes)
        else:  # the coder filter hides it now
            view.remove_quotation(quotation.id)
        view.set_selected_quotation(window.current_quotation_id)
        window.quotations_pane.patch(quotation)

    def _reload(self, changes: Changes) -> None:
        window = self.window
        project = window.workbench.project
        assert project is not None
        query = window.workbench.query
        if changes.affects("coders"):
            window.coder_filter.set_coders(query(project.coders.list, []))
        if changes.affects("codes", "codings", "quotations", "coders"):
            tree = query(lambda: project.codebook.tree(window.coder_filter.coder_id), [])
            window.codes = {c.id: c for c in tree}
            window.code_pane.set_codes(tree)
        if changes.affects("documents", "groups", "quotations"):
            documents = query(project.documents.list, [])
            window.documents_pane.model.set_contents(
                documents, query(project.organising.groups, [])
            )
            if self.document_id is not None and all(d.id != self.document_id for d in documents):
                window.document_view.clear()
                self.forget()
                window.quotations_pane.show_scope("none", None)
        doc_id = self.document_id
        if doc_id is not None and (
            changes.affects("codes", "coders")
            or (
                changes.affects("quotations", "codings")
                and (doc_id in changes.document_ids or not changes.document_ids)
            )
        ):
            if changes.affects("quotations", "codings", "coders"):
                self.load_document(doc_id)
            window.document_view.update_quotations(self.shown(), window.codes)
            window.document_view.set_selected_quotation(window.current_quotation_id)
        if changes.affects("quotations", "codings", "codes", "documents", "coders"):
            window.quotations_pane.reload()
