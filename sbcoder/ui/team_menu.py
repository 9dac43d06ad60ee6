"""Tools ▸ Team: working with several coders.

Make a coder's copy of the project (hand-out), merge the coders' projects back, read
the last merge report again, and measure intercoder agreement. Each item opens a
dialog that reaches the project only through `window.workbench`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from sbcoder.core.merge import MergeReport
from sbcoder.ui.agreement_dialog import AgreementDialog
from sbcoder.ui.handout_dialog import HandoutDialog
from sbcoder.ui.merge_project_dialog import MergeProjectDialog, MergeReportDialog

if TYPE_CHECKING:
    from sbcoder.ui.main_window import MainWindow


def add_to_tools_menu(window: MainWindow, menu: QMenu) -> None:
    """Put a feature's submenu in Tools, above a separator that keeps the features
    apart from Settings and Change coder."""
    tools, settings = window.actions.menus["tools"], window.actions.settings
    actions = tools.actions()
    if settings not in actions:
        tools.addMenu(menu)
        return
    at = actions.index(settings)
    if at == 0 or not actions[at - 1].isSeparator():
        tools.insertSeparator(settings)
        actions = tools.actions()
        at = actions.index(settings)
    tools.insertMenu(actions[at - 1], menu)


class TeamMenu(QObject):
    """The Team submenu, its actions, and the dialogs they open (kept for the tests
    and so a second click raises the open dialog instead of making another)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_team")
        self.handout = QAction(window)
        self.handout.setObjectName("team_handout")
        self.merge = QAction(window)
        self.merge.setObjectName("team_merge")
        self.merge_report = QAction(window)
        self.merge_report.setObjectName("team_merge_report")
        self.agreement = QAction(window)
        self.agreement.setObjectName("team_agreement")
        for action in (self.handout, self.merge, self.merge_report):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.agreement)
        add_to_tools_menu(window, self.menu)
        self.handout_dialog: HandoutDialog | None = None
        self.merge_dialog: MergeProjectDialog | None = None
        self.agreement_dialog: AgreementDialog | None = None
        self.report_dialog: MergeReportDialog | None = None
        self.last_merge_report: MergeReport | None = None
        self.handout.triggered.connect(self.open_handout)
        self.merge.triggered.connect(self.open_merge)
        self.merge_report.triggered.connect(self.show_last_merge_report)
        self.agreement.triggered.connect(self.open_agreement)
        self.workbench.projectOpened.connect(self._project_changed)
        self.workbench.projectClosed.connect(self._project_changed)
        window.installEventFilter(self)
        self.retranslate()
        self.update_actions()

    # -- the dialogs ------------------------------------------------------------------------
    def open_handout(self) -> HandoutDialog | None:
        """Team ▸ Make a coder's copy… (window-modal)."""
        if self.workbench.project is None:
            return None
        self.handout_dialog = HandoutDialog(self.workbench, self.window)
        self.handout_dialog.open()
        return self.handout_dialog

    def open_merge(self) -> MergeProjectDialog | None:
        """Team ▸ Merge coders' projects… (window-modal: no edits while merging)."""
        if self.workbench.project is None:
            return None
        dialog = MergeProjectDialog(self.workbench, self.window)
        dialog.merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, report: MergeReport) -> None:
        self.last_merge_report = report
        self.window.show_status(
            self.tr("Merge done: %1 rows added").replace("%1", str(report.added))
        )
        self.update_actions()

    def show_last_merge_report(self) -> MergeReportDialog | None:
        """Team ▸ Last merge report."""
        if self.last_merge_report is None:
            return None
        self.report_dialog = MergeReportDialog(self.last_merge_report, self.window)
        self.report_dialog.show()
        return self.report_dialog

    def open_agreement(self) -> AgreementDialog | None:
        """Team ▸ Intercoder agreement… (not modal: passages open beside it)."""
        if self.workbench.project is None:
            return None
        dialog = self.agreement_dialog
        if dialog is None:
            dialog = AgreementDialog(self.workbench, self.open_passage, self.window)
            self.agreement_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_passage(self, document_id: int, start: int, end: int) -> None:
        """Show a disagreement's passage, selected, in the document view."""
        self.window.open_document(document_id, select=(start, end))

    # -- state ----------------------------------------------------------------------------
    def _project_changed(self) -> None:
        """Another project (or none): dialogs about the old one close."""
        for dialog in (
            self.handout_dialog,
            self.merge_dialog,
            self.agreement_dialog,
            self.report_dialog,
        ):
            if dialog is not None:
                dialog.done(QDialog.DialogCode.Rejected)
                dialog.deleteLater()
        self.handout_dialog = self.merge_dialog = self.agreement_dialog = None
        self.report_dialog = None
        self.last_merge_report = None
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what can be done now."""
        has_project = self.workbench.project is not None
        for action in (self.handout, self.merge, self.agreement):
            action.setEnabled(has_project)
        self.merge_report.setEnabled(self.last_merge_report is not None)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.menu.setTitle(self.tr("&Team"))
        self.handout.setText(self.tr("Make a &coder's copy…"))
        self.handout.setStatusTip(
            self.tr("A copy of the documents and codes for one coder, to code blind")
        )
        self.merge.setText(self.tr("&Merge coders' projects…"))
        self.merge.setStatusTip(self.tr("Bring the coders' copies back into this project"))
        self.merge_report.setText(self.tr("Last merge &report"))
        self.agreement.setText(self.tr("Intercoder &agreement…"))
        self.agreement.setStatusTip(
            self.tr("Percent agreement, Cohen's κ and Krippendorff's α between coders")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate with the window."""
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: MainWindow) -> TeamMenu:
    """Add Tools ▸ Team to the window."""
    return TeamMenu(window)
