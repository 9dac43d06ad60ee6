"""Intercoder agreement (Team ▸ Intercoder agreement…).

Choose two or more coders, the unit (character, sentence, paragraph), optionally a code
branch and the documents; the figures per code and over all codes (percent agreement,
Cohen's κ for two coders, Krippendorff's α, over all text and over coded text only, and
positive agreement) are computed in the background by `sbcoder.core.agreement`. A
double-click on a disagreement opens its passage in the document view; the report can
be exported to Excel. The dialog is not modal, so the researcher can read the passages
beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.agreement import agreement, export_agreement_xlsx
from sbcoder.core.agreement_stats import AgreementReport, Disagreement
from sbcoder.progress import Reporter
from sbcoder.ui.agreement_models import (
    CODE_ID_ROLE,
    FIGURE_COLUMNS,
    AgreementTableModel,
    DisagreementTableModel,
    format_figure,
)
from sbcoder.ui.agreement_widgets import checkable_item, checked_data, sortable_table
from sbcoder.ui.handout_dialog import TaskDialog

if TYPE_CHECKING:
    from sbcoder.ui.workbench import Workbench

UNITS = ("character", "sentence", "paragraph")
SCOPES = ("any_code", "code")
OpenPassage = Callable[[int, int, int], object]


class AgreementDialog(TaskDialog):
    """The choices on the left, the figures and disagreements on the right."""

    def __init__(
        self, workbench: Workbench, open_passage: OpenPassage, parent: QWidget | None = None
    ) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("agreementDialog")
        self.open_passage = open_passage
        self.report: AgreementReport | None = None
        self.paths: dict[int, str] = {}
        self.document_names: dict[int, str] = {}
        # -- choices ------------------------------------------------------------------
        self.coders_list = QListWidget(self)
        self.coders_list.setObjectName("agreementCoders")
        self.unit_combo = QComboBox(self)
        self.codes_combo = QComboBox(self)
        self.scope_combo = QComboBox(self)
        self.documents_list = QListWidget(self)
        self.documents_list.setObjectName("agreementDocuments")
        self.all_documents_button = QPushButton(self)
        self.compute_button = QPushButton(self)
        self.compute_button.setDefault(True)
        self.coders_label, self.documents_label = QLabel(self), QLabel(self)
        self.form = QFormLayout()
        self.unit_label, self.codes_label, self.scope_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.unit_label, self.unit_combo)
        self.form.addRow(self.codes_label, self.codes_combo)
        self.form.addRow(self.scope_label, self.scope_combo)
        choices = QWidget(self)
        left = QVBoxLayout(choices)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.coders_label)
        left.addWidget(self.coders_list, 1)
        left.addLayout(self.form)
        left.addWidget(self.documents_label)
        left.addWidget(self.documents_list, 2)
        left.addWidget(self.all_documents_button)
        left.addWidget(self.compute_button)
        # -- results ------------------------------------------------------------------
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.figures_model = AgreementTableModel(self)
        self.figures_view, self.figures_proxy = sortable_table(
            self, "agreementFigures", self.figures_model
        )
        self.disagreements_label = QLabel(self)
        self.disagreements_model = DisagreementTableModel(self)
        self.disagreements_view, self.disagreements_proxy = sortable_table(
            self, "agreementDisagreements", self.disagreements_model
        )
        self.disagreements_view.horizontalHeader().setStretchLastSection(True)
        self.disagreements_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.exported: Path | None = None
        results = QSplitter(Qt.Orientation.Vertical, self)
        top, bottom = QWidget(results), QWidget(results)
        top_layout, bottom_layout = QVBoxLayout(top), QVBoxLayout(bottom)
        for layout in (top_layout, bottom_layout):
            layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.headline)
        top_layout.addWidget(self.figures_view)
        bottom_layout.addWidget(self.disagreements_label)
        bottom_layout.addWidget(self.disagreements_view)
        results.addWidget(top)
        results.addWidget(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(choices)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        # -- behaviour ------------------------------------------------------------------
        self.compute_button.clicked.connect(self.compute)
        self.export_button.clicked.connect(self.ask_export)
        self.close_button.clicked.connect(self.reject)
        self.all_documents_button.clicked.connect(self._toggle_documents)
        self.coders_list.itemChanged.connect(lambda _item: self._update_buttons())
        self.figures_view.selectionModel().selectionChanged.connect(self._code_chosen)
        self.disagreements_view.doubleClicked.connect(self._open_disagreement)
        self.fill_choices()
        self.retranslate()
        self.resize(1100, 680)

    # -- choices --------------------------------------------------------------------------
    def fill_choices(self) -> None:
        """Coders, codes and documents of the open project."""
        project = self.workbench.project
        if project is None:
            return
        coders = self.workbench.query(project.coders.list, [])
        tree = self.workbench.query(project.codebook.tree, [])
        documents = self.workbench.query(project.documents.list, [])
        self.paths = {c.id: c.path for c in tree}
        self.document_names = {d.id: d.name for d in documents}
        self.coders_list.clear()
        for number, coder in enumerate(coders):
            checkable_item(self.coders_list, coder.name, coder.name, number < 2)
        self.codes_combo.clear()
        self.codes_combo.addItem("", None)
        for code in tree:
            if code.child_ids:  # a branch: the code and everything under it
                self.codes_combo.addItem(code.path, code.id)
        self.documents_list.clear()
        for document in documents:
            checkable_item(self.documents_list, document.name, document.id, True)
        self._update_buttons()

    def set_choices(
        self,
        coders: list[str],
        unit: str = "character",
        branch: str | None = None,
        document_ids: list[int] | None = None,
        scope: str = "any_code",
    ) -> None:
        """Choose as a user would tick and pick (for scripts and tests)."""
        for row in range(self.coders_list.count()):
            item = self.coders_list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in coders
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.unit_combo.setCurrentIndex(UNITS.index(unit))
        self.scope_combo.setCurrentIndex(SCOPES.index(scope))
        self.codes_combo.setCurrentIndex(0 if branch is None else self.codes_combo.findText(branch))
        for row in range(self.documents_list.count()):
            item = self.documents_list.item(row)
            on = document_ids is None or item.data(Qt.ItemDataRole.UserRole) in document_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_coders(self) -> list[str]:
        """The ticked coders."""
        return [str(name) for name in checked_data(self.coders_list)]

    def chosen_code_ids(self) -> list[int] | None:
        """The branch's codes, or None for every code the coders used."""
        project = self.workbench.project
        branch = self.codes_combo.currentData()
        if branch is None or project is None:
            return None
        under = self.workbench.query(lambda: project.codebook.descendants(branch), [])
        return [branch, *under]

    def chosen_document_ids(self) -> list[int] | None:
        """The ticked documents, or None when all are."""
        ids = [int(i) for i in checked_data(self.documents_list)]  # type: ignore[call-overload]
        return None if len(ids) == self.documents_list.count() else ids

    def _toggle_documents(self) -> None:
        all_on = len(checked_data(self.documents_list)) == self.documents_list.count()
        state = Qt.CheckState.Unchecked if all_on else Qt.CheckState.Checked
        for row in range(self.documents_list.count()):
            self.documents_list.item(row).setCheckState(state)

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.compute_button.setEnabled(not busy and len(self.chosen_coders()) >= 2)
        self.export_button.setEnabled(not busy and self.report is not None)

    def set_busy(self, busy: bool) -> None:
        """No second computation or export while one runs."""
        self._update_buttons()

    # -- computing --------------------------------------------------------------------------
    def compute(self) -> None:
        """Compute the agreement in the background."""
        project = self.workbench.project
        coders = self.chosen_coders()
        if project is None or len(coders) < 2:
            return
        unit = UNITS[self.unit_combo.currentIndex()]
        scope = SCOPES[self.scope_combo.currentIndex()]
        code_ids, document_ids = self.chosen_code_ids(), self.chosen_document_ids()
        if document_ids == []:
            self.headline.setText(self.tr("Tick at least one document."))
            return

        def work(reporter: Reporter) -> AgreementReport:
            return agreement(
                project, coders, unit, document_ids, code_ids, reporter, coded_only_scope=scope
            )

        self.run_task(work, self.show_report, self.tr("Computing intercoder agreement"))

    def show_report(self, report: AgreementReport) -> None:
        """Show a computed report."""
        self.report = report
        project = self.workbench.project

        def text_of(document_id: int) -> str:
            if project is None:
                return ""
            return self.workbench.query(lambda: project.documents.text(document_id), "")

        self.figures_model.set_report(report, self.paths)
        self.disagreements_model.set_report(report, self.paths, self.document_names, text_of)
        two_coders = len(report.coders) == 2
        columns = [name for name, _kind in FIGURE_COLUMNS]
        hidden = set() if two_coders else {"cohen_kappa", "coded_only_kappa"}
        if report.coded_only_scope == "code":
            # κ and α on the units of one code alone are ≤ 0 by construction: misleading.
            hidden |= {"coded_only_kappa", "coded_only_alpha"}
        for number, name in enumerate(columns, start=1):
            self.figures_view.setColumnHidden(number, name in hidden)
        # Codebook order until the researcher sorts by a column.
        for view in (self.figures_view, self.disagreements_view):
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header = self.figures_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 240)
        view = self.disagreements_view
        for column in range(5):
            view.resizeColumnToContents(column)
            view.setColumnWidth(
                column, min(view.columnWidth(column), (150, 200, 90, 140, 140)[column])
            )
        # The passage takes the room that is left (its tooltip holds all of it).
        view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.retranslate()
        self._update_buttons()

    def _code_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.figures_view.selectionModel().selectedRows()
        code_id = rows[0].data(CODE_ID_ROLE) if rows else None
        self.disagreements_model.show_code(code_id)
        self.retranslate()

    def disagreement_at(self, row: int) -> Disagreement | None:
        """The disagreement shown in a row of the (sorted) table."""
        source = self.disagreements_proxy.mapToSource(self.disagreements_proxy.index(row, 0))
        return self.disagreements_model.disagreement(source.row())

    def _open_disagreement(self, index: QModelIndex) -> None:
        item = self.disagreement_at(index.row())
        if item is not None:
            self.open_passage(item.doc_id, item.start, item.end)

    # -- export ------------------------------------------------------------------------------
    def ask_export(self) -> None:
        """Choose an .xlsx file and write the report to it."""
        project = self.workbench.project
        folder = Path(project.path).parent if project is not None else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export agreement report"),
            str(folder / "agreement.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.export(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def export(self, path: Path) -> None:
        """Write the report to an Excel workbook in the background."""
        project, report = self.workbench.project, self.report
        if project is None or report is None:
            return

        def work(_reporter: Reporter) -> Path:
            return export_agreement_xlsx(report, project, path)

        def done(written: Path) -> None:
            self.exported = written
            self.status_label.setText(self.tr("Exported to %1").replace("%1", str(written)))

        self.status_label.clear()
        self.run_task(work, done, self.tr("Exporting the agreement report"))

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.setWindowTitle(self.tr("Intercoder agreement"))
        self.coders_label.setText(self.tr("Coders (two or more):"))
        self.documents_label.setText(self.tr("Documents:"))
        self.unit_label.setText(self.tr("Unit:"))
        self.codes_label.setText(self.tr("Codes:"))
        self.scope_label.setText(self.tr("Coded text:"))
        unit_index = max(self.unit_combo.currentIndex(), 0)
        self.unit_combo.clear()
        self.unit_combo.addItems([self.tr("Character"), self.tr("Sentence"), self.tr("Paragraph")])
        self.unit_combo.setCurrentIndex(unit_index)
        scope_index = max(self.scope_combo.currentIndex(), 0)
        self.scope_combo.clear()
        self.scope_combo.addItems(
            [self.tr("coded with any of the codes"), self.tr("coded with that code")]
        )
        self.scope_combo.setCurrentIndex(scope_index)
        self.scope_combo.setToolTip(
            self.tr(
                "Which text the “coded only” figures use: text some coder coded with any of "
                "the compared codes, or only text coded with the code itself"
            )
        )
        self.codes_combo.setItemText(0, self.tr("All codes the coders used"))
        self.all_documents_button.setText(self.tr("All / none"))
        self.compute_button.setText(self.tr("Compute"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.close_button.setText(self.tr("Close"))
        self.headline.setText(self._headline())
        shown = self.disagreements_model.rowCount()
        self.disagreements_label.setText(
            self.tr("Disagreements: %1 (double-click one to see it in the document)").replace(
                "%1", str(shown)
            )
        )

    def _headline(self) -> str:
        report = self.report
        if report is None:
            return self.tr("Choose the coders and the unit, then Compute.")
        overall = report.overall
        text = (
            self.tr("%1 coders; agreement over all codes: %2")
            .replace("%1", str(len(report.coders)))
            .replace("%2", format_figure(overall.percent_agreement, "percent"))
        )
        if len(report.coders) == 2:
            text += self.tr(", Cohen's κ %1").replace(
                "%1", format_figure(overall.cohen_kappa, "ratio")
            )
        text += self.tr(", Krippendorff's α %1").replace(
            "%1", format_figure(overall.krippendorff_alpha, "ratio")
        )
        text += (
            self.tr("; on coded text only: %1, positive agreement %2.")
            .replace("%1", format_figure(overall.coded_only_percent, "percent"))
            .replace("%2", format_figure(overall.positive_agreement, "ratio"))
        )
        return text
