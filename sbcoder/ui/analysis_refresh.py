"""Building analysis tables off the GUI thread, so the workbench stays responsive.

On a large project reading the snapshot takes about half a second and a table up to
a second more; an edit in the main window must not wait for that. `TableBuilds`
runs one build at a time in a BackgroundTask and hands back the snapshot (kept for
the next table until something counted changes), the table, the filter without ids
that no longer exist, and the attributes for the frequency table's columns.

Each request carries the generation of the data it started from: a result that a
later change has overtaken is shown (it is a moment old) but its snapshot is not
kept, and the caller asks again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from sbcoder.core.analysis_data import AnalysisData, load_analysis_data
from sbcoder.core.analysis_filters import TableFilter
from sbcoder.progress import Reporter
from sbcoder.ui.analysis_filter_dialog import prune_filter
from sbcoder.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from sbcoder.core.analysis_table import Table
    from sbcoder.core.project import Project
    from sbcoder.ui.analysis_pages import Builder


@dataclass(frozen=True)
class BuiltTable:
    """What one build hands back to the GUI thread."""

    kind: str
    version: int
    generation: int
    epoch: int
    data: AnalysisData
    table: Table
    table_filter: TableFilter
    attributes: tuple[tuple[int, str], ...] | None  # read with a new snapshot only


def build_table(
    project: Project,
    data: AnalysisData | None,
    table_filter: TableFilter,
    language: str,
    builder: Builder,
) -> tuple[AnalysisData, Table, TableFilter, tuple[tuple[int, str], ...] | None]:
    """Snapshot (read if not given), the filter checked against it, and the table."""
    attributes = None
    if data is None:
        data = load_analysis_data(project)
        attributes = tuple((a.id, a.name) for a in project.organising.attributes())
    if not table_filter.is_empty:
        known_attributes = (
            [a.id for a in project.organising.attributes()] if table_filter.attributes else []
        )
        table_filter = prune_filter(
            table_filter,
            coders=data.coders,
            documents=[d.id for d in data.documents],
            groups=data.groups,
            cases=data.cases,
            attributes=known_attributes,
            codes=data.tree.index_of,
        )
    return data, builder(project, data, table_filter, language), table_filter, attributes


class TableBuilds(QObject):
    """One table build at a time, in the background (see the module docstring)."""

    built = Signal(object)  # BuiltTable
    failed = Signal(object)  # the exception
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data: AnalysisData | None = None
        self.generation = 0
        self.epoch = 0  # one per open project: a build for a closed project is dropped
        self.task: BackgroundTask | None = None

    def busy(self) -> bool:
        """True while a build runs."""
        return self.task is not None and self.task.is_running()

    def invalidate(self) -> None:
        """Something counted changed: the snapshot must be read again."""
        self.data = None
        self.generation += 1

    def start(
        self,
        project: Project,
        kind: str,
        version: int,
        table_filter: TableFilter,
        language: str,
        builder: Builder,
    ) -> bool:
        """Build a table; False when a build is running (ask again on `idle`)."""
        if self.busy():
            return False
        data, generation, epoch = self.data, self.generation, self.epoch

        def work(_reporter: Reporter) -> BuiltTable:
            snapshot, table, checked, attributes = build_table(
                project, data, table_filter, language, builder
            )
            return BuiltTable(
                kind, version, generation, epoch, snapshot, table, checked, attributes
            )

        self.task = BackgroundTask(
            work,
            on_done=self._done,
            on_error=lambda error: self._failed(error, epoch),
            cancellable=False,
            parent=self,
        )
        self.task.start()
        return True

    def _done(self, result: BuiltTable) -> None:
        if result.epoch == self.epoch:
            if result.generation == self.generation:
                self.data = result.data
            self.built.emit(result)
        self.idle.emit()

    def _failed(self, error: Exception, epoch: int) -> None:
        if epoch == self.epoch:  # an error reading a project closed since is no news
            self.failed.emit(error)
        self.idle.emit()

    def forget_project(self) -> None:
        """The project is closing: wait for a running build, whose result is dropped."""
        self.invalidate()
        self.epoch += 1
        if self.busy():
            assert self.task is not None
            self.task.wait()
