"""Wiring of the main window: which action calls what, which signal goes where, the
enabled state of actions, the Help and Settings dialogs, and NLP loading."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from sbcoder.ui.search_pane import SearchHit
from sbcoder.ui.settings_dialog import ask_settings
from sbcoder.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from sbcoder.ui.main_window import MainWindow

translate = QCoreApplication.translate


def focus_widget_of(view: QWidget) -> QWidget:
    """The widget inside the document view that has the keyboard focus."""
    return getattr(view, "text_edit", None) or view.focusProxy() or view


def connect_actions(w: MainWindow) -> None:
    """What each menu action does."""
    a, coding, codes, docs = w.actions, w.coding, w.code_actions, w.documents
    a.new_project.triggered.connect(w.new_project)
    a.open_project.triggered.connect(w.ask_open_project)
    a.import_documents.triggered.connect(docs.ask_import)
    a.close_project.triggered.connect(w.close_project)
    a.quit.triggered.connect(w.close)
    a.undo.triggered.connect(w.workbench.undo_stack.undo)
    a.redo.triggered.connect(w.workbench.undo_stack.redo)
    a.find_in_document.triggered.connect(w.find_in_document)
    a.search_project.triggered.connect(lambda: open_search(w))
    a.apply_code.triggered.connect(coding.apply_selected_code)
    a.apply_last_code.triggered.connect(coding.apply_last_code)
    a.in_vivo.triggered.connect(coding.in_vivo)
    a.new_code_from_selection.triggered.connect(coding.new_code_from_selection)
    a.choose_code.triggered.connect(lambda: (w.docks["codes"].show(), w.code_pane.focus_filter()))
    a.remove_code.triggered.connect(lambda: coding.remove_code())
    a.edit_quotation_memo.triggered.connect(coding.edit_memo)
    a.resize_quotation.triggered.connect(coding.resize_quotation)
    a.delete_quotation.triggered.connect(coding.delete_quotation)
    a.new_code.triggered.connect(codes.new_code)
    a.rename_code.triggered.connect(codes.start_rename)
    a.recolor_code.triggered.connect(lambda: codes.recolor())
    a.describe_code.triggered.connect(codes.describe)
    a.code_memo.triggered.connect(codes.edit_memo)
    a.merge_code.triggered.connect(codes.merge)
    a.delete_code.triggered.connect(codes.delete)
    a.focus_documents.triggered.connect(lambda: focus_dock(w, "documents", w.documents_pane.view))
    a.focus_document.triggered.connect(lambda: focus_widget_of(w.document_view).setFocus())
    a.focus_codes.triggered.connect(lambda: focus_dock(w, "codes", w.code_pane.view))
    a.focus_quotations.triggered.connect(
        lambda: focus_dock(w, "quotations", w.quotations_pane.view)
    )
    a.settings.triggered.connect(lambda: open_settings(w))
    a.change_coder.triggered.connect(lambda: w.change_coder())
    a.shortcuts_help.triggered.connect(lambda: show_shortcuts(w))
    a.about.triggered.connect(lambda: show_about(w))
    a.clear_recent.triggered.connect(
        lambda: (w.settings.clear_recent_projects(), fill_recent_menu(w))
    )
    # Return applies a code where a code or a passage has the focus, not in text fields;
    # Delete and F2 act on codes only when the code tree has the focus.
    for widget in (w.code_pane.view, focus_widget_of(w.document_view)):
        widget.addAction(a.apply_code)
    w.code_pane.view.addAction(a.delete_code)
    w.code_pane.view.addAction(a.rename_code)


def connect_signals(w: MainWindow) -> None:
    """Route pane signals and project changes."""
    wb, view = w.workbench, w.document_view
    wb.changed.connect(w.refresh)
    wb.undo_stack.indexChanged.connect(lambda _i: update_undo_texts(w))
    wb.undo_stack.cleanChanged.connect(lambda _c: update_undo_texts(w))
    w.coder_filter.changed.connect(lambda _c: w.refresh(_codings_changed()))
    w.documents_pane.documentActivated.connect(w.open_document)
    w.code_pane.codeActivated.connect(w.coding.apply_code)
    w.code_pane.chosenByTyping.connect(lambda: focus_widget_of(w.document_view).setFocus())
    w.code_pane.currentCodeChanged.connect(lambda code_id: _code_selected(w, code_id))
    w.quotations_pane.quotationOpened.connect(w.open_quotation)
    w.quotations_pane.currentQuotationChanged.connect(
        lambda q: _quotation_selected(w, q.id if q is not None else None)
    )
    w.welcome.newRequested.connect(w.new_project)
    w.welcome.openRequested.connect(w.ask_open_project)
    w.welcome.recentChosen.connect(w.open_project)
    w.search_pane.hitOpened.connect(w.open_hit)
    w.search_pane.codeAllRequested.connect(lambda hits: code_hits(w, hits))
    view.selectionChanged.connect(lambda _s, _e: w.update_actions())
    view.quotationActivated.connect(w.set_current_quotation)
    view.codeDropped.connect(
        lambda code_id, start, end: (
            w.coding.apply_code(code_id, (view.document_id, start, end))
            if view.document_id is not None
            else None
        )
    )
    view.quotationContextMenuRequested.connect(lambda qid, pos: quotation_menu(w, qid, pos))


def _codings_changed():
    from sbcoder.core.changes import Changes

    return Changes.of("codings", "quotations")


def _code_selected(w: MainWindow, code_id: int | None) -> None:
    if code_id is not None:
        w.quotations_pane.show_scope("code", code_id)
    w.update_actions()


def _quotation_selected(w: MainWindow, quotation_id: int | None) -> None:
    if quotation_id is not None and quotation_id != w.current_quotation_id:
        w.current_quotation_id = quotation_id
        w.document_view.set_selected_quotation(quotation_id)
        w.update_actions()


def focus_dock(w: MainWindow, key: str, widget: QWidget) -> None:
    """Show a dock and put the keyboard in it."""
    w.docks[key].show()
    w.docks[key].raise_()
    widget.setFocus()


def open_search(w: MainWindow) -> None:
    """Show the Search dock with the keyboard in its query box."""
    w.docks["search"].show()
    w.docks["search"].raise_()
    w.search_pane.focus_query()


def code_hits(w: MainWindow, hits: list[SearchHit]) -> bool:
    """Code search hits with the selected code, as one undo step."""
    project, code_id = w.workbench.project, w.code_pane.current_code_id()
    if project is None or code_id is None or not hits:
        w.show_status(translate("MainWindow", "Select a code in the code tree first"))
        return False
    name = w.codes[code_id].name if code_id in w.codes else "?"
    label = translate("MainWindow", "Code %n search hit(s) with “%1”", None, len(hits)).replace(
        "%1", name
    )
    spans = [(h.document_id, h.start, h.end) for h in hits]
    outcome = w.workbench.execute(
        lambda: project.quotations.code_spans(spans, code_id, label), label
    )
    if outcome is not None:
        w.workbench.last_code_id = code_id
        w.show_status(label)
    return outcome is not None


def quotation_menu(w: MainWindow, quotation_id: int, position: QPoint) -> None:
    """Right-click on a highlight: the quotation actions, one item per code to remove."""
    w.set_current_quotation(quotation_id)
    project = w.workbench.project
    quotation = w.workbench.query(lambda: project.quotations.get(quotation_id)) if project else None
    if quotation is None:
        return
    menu = QMenu(w)
    for code_id in quotation.code_ids:
        if code_id in w.codes:
            text = translate("MainWindow", "Remove code “%1”").replace("%1", w.codes[code_id].name)
            menu.addAction(text, lambda c=code_id: w.coding.remove_code(c))
    menu.addSeparator()
    for action in (
        w.actions.edit_quotation_memo,
        w.actions.resize_quotation,
        w.actions.delete_quotation,
    ):
        menu.addAction(action)
    menu.exec(position)


def update_actions(w: MainWindow) -> None:
    """Enable the actions that make sense now."""
    a, project = w.actions, w.workbench.project
    has_project = project is not None
    has_document = has_project and w.document_view.document_id is not None
    has_selection = has_document and w.document_view.selection() is not None
    has_quotation = has_project and w.current_quotation_id is not None
    has_code = has_project and w.code_pane.current_code_id() is not None
    importing = w.documents.import_task is not None and w.documents.import_task.is_running()
    enabled = {
        "import_documents": has_project and not importing,
        "close_project": has_project,
        "find_in_document": has_document,
        "search_project": has_project,
        "apply_code": has_selection and has_code,
        "apply_last_code": has_selection and w.workbench.last_code_id is not None,
        "in_vivo": has_selection,
        "new_code_from_selection": has_selection,
        "choose_code": has_project,
        "remove_code": has_quotation,
        "edit_quotation_memo": has_quotation,
        "resize_quotation": has_quotation and has_selection,
        "delete_quotation": has_quotation,
        "new_code": has_project,
        "rename_code": has_code,
        "recolor_code": has_code,
        "describe_code": has_code,
        "code_memo": has_code,
        "merge_code": has_code,
        "delete_code": has_code,
    }
    for name, on in enabled.items():
        a.actions[name].setEnabled(bool(on))


def update_undo_texts(w: MainWindow) -> None:
    """Undo/Redo menu items name the command they undo or redo."""
    stack, a = w.workbench.undo_stack, w.actions
    if not shiboken6.isValid(stack):  # signals can still arrive while Qt tears down
        return
    a.undo.setEnabled(stack.canUndo())
    a.redo.setEnabled(stack.canRedo())
    a.undo.setText(
        translate("MainWindow", "&Undo %1").replace("%1", stack.undoText()).strip()
        if stack.canUndo()
        else translate("MainWindow", "&Undo")
    )
    a.redo.setText(
        translate("MainWindow", "&Redo %1").replace("%1", stack.redoText()).strip()
        if stack.canRedo()
        else translate("MainWindow", "&Redo")
    )


def fill_recent_menu(w: MainWindow) -> None:
    """The File ▸ Open recent submenu."""
    menu = w.actions.recent_menu
    menu.clear()
    recent = w.settings.recent_projects
    for number, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{number} {Path(path).name}", lambda p=path: w.open_project(p))
        action.setToolTip(path)
        action.setStatusTip(path)
    if recent:
        menu.addSeparator()
        menu.addAction(w.actions.clear_recent)
    menu.setEnabled(bool(recent))
    w.welcome.set_recent(recent)


def open_settings(w: MainWindow) -> None:
    """The settings dialog; a language change is applied at once."""
    from sbcoder.ui.app import install_language

    choice = ask_settings(w, w.settings)
    if choice is None:
        return
    if choice.language != w.settings.language:
        w.settings.language = choice.language
        install_language(choice.language)
    if choice.coder_name and choice.coder_name != w.settings.coder_name:
        w.change_coder(choice.coder_name)
    w.settings.in_vivo_placement = choice.in_vivo_placement
    w.actions.set_in_vivo_placement(choice.in_vivo_placement)
    w.settings.sync()


def show_about(w: MainWindow) -> None:
    """Help ▸ About: version, licences of the components, the active spaCy pipeline."""
    from sbcoder.ui.about_dialog import show_about_dialog

    show_about_dialog(w)


def shortcut_rows(w: MainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) of every action with a shortcut: those of the menus in menu
    order (features add their own menus and actions), then any others of the window."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(menu: str, action: QAction) -> None:
        if id(action) in seen:
            return
        seen.add(id(action))
        keys = ", ".join(k.toString(k.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys and action.text():
            rows.append((menu, action.text().replace("&", ""), keys))

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
            elif not action.isSeparator():
                add(title, action)

    for top in w.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    for action in w.actions.actions.values():
        add("", action)
    return rows


def show_shortcuts(w: MainWindow) -> None:
    """Help ▸ Keyboard shortcuts: every action with a shortcut, by menu."""
    cells = []
    last = None
    for menu, text, keys in shortcut_rows(w):
        if menu != last and menu:
            cells.append(f"<tr><td colspan='2'><br><i>{html.escape(menu)}</i></td></tr>")
        last = menu
        cells.append(f"<tr><td>{html.escape(text)}</td><td><b>{html.escape(keys)}</b></td></tr>")
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        translate("MainWindow", "Keyboard shortcuts"),
        "",
        QMessageBox.StandardButton.Close,
        w,
    )
    box.setObjectName("shortcutsBox")
    box.setText("<table cellspacing='4'>" + "".join(cells) + "</table>")
    box.open()


def load_nlp(w: MainWindow) -> None:
    """Load the spaCy pipeline in the background; the status bar says which one is
    active, "NLP off" when loading failed, and "not loaded" without the NLP layer."""

    def load(_reporter: object) -> str | None:
        try:
            from sbcoder.nlp.pipeline import get_pipeline
        except ImportError:
            return None
        return str(getattr(get_pipeline(), "name", "") or "spaCy")

    def done(name: str | None) -> None:
        w.nlp_name, w.nlp_loading = name, False
        w.retranslate()

    def failed(_error: Exception) -> None:
        w.nlp_name, w.nlp_loading = "", False
        w.retranslate()

    w.nlp_loading = True
    w.retranslate()

    w.nlp_task = BackgroundTask(load, on_done=done, on_error=failed, cancellable=False, parent=w)
    w.nlp_task.start()
