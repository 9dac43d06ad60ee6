"""Running core functions off the GUI thread, with progress and Cancel.

The core reports through a plain `Reporter` (sbcoder/progress.py); `ThreadReporter`
is one that needs no Qt, so the function it is handed stays Qt-free. The thread
forwards its reports as queued signals, and `ProgressPanel` shows them with a
Cancel button while the window stays responsive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from sbcoder.progress import Cancelled, Reporter

TaskFunction = Callable[[Reporter], Any]


class ThreadReporter:
    """A Qt-free reporter: forwards reports to a callback, answers a cancel flag."""

    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Pass a report on (called from the worker thread)."""
        if self._on_report is not None:
            self._on_report(done, total, message)

    def cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the running function to stop at its next check."""
        self._cancel.set()


class _TaskThread(QThread):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, function: TaskFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.function = function
        # Signals emitted from this thread reach GUI-thread slots through the queue.
        self.reporter = ThreadReporter(self.progress.emit)

    def run(self) -> None:
        try:
            result = self.function(self.reporter)
        except Exception as error:  # handed to the GUI thread, shown there
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One function running in its own thread; the callbacks run in the GUI thread.

    `on_done(result)` gets the function's return value; `on_error(exception)` gets
    what it raised (a `Cancelled` too, when the function raises that on cancel).
    """

    progress = Signal(int, int, str)
    finished = Signal()

    def __init__(
        self,
        function: TaskFunction,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        title: str = "",
        cancellable: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.cancellable = cancellable
        self._on_done = on_done
        self._on_error = on_error
        self._thread = _TaskThread(function, self)
        self._thread.progress.connect(self._forward_progress)
        self._thread.succeeded.connect(self._succeeded)
        self._thread.failed.connect(self._failed)
        self._running = False

    def start(self) -> None:
        """Start the function in its thread."""
        self._running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the function to stop; it finishes at its next check."""
        self._thread.reporter.cancel()

    @property
    def cancel_requested(self) -> bool:
        """True once Cancel was pressed."""
        return self._thread.reporter.cancelled()

    def is_running(self) -> bool:
        """True until the function returned and its callback ran."""
        return self._running

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the thread ends (for closing the window and for tests)."""
        return self._thread.wait() if milliseconds < 0 else self._thread.wait(milliseconds)

    @Slot(int, int, str)
    def _forward_progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._thread.wait()
        self._running = False
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._thread.wait()
        self._running = False
        try:
            if self._on_error is not None:
                self._on_error(error)
            elif not isinstance(error, Cancelled):
                raise error
        finally:
            self.finished.emit()


class ProgressPanel(QWidget):
    """A label, a progress bar and a Cancel button for one running task."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._task: BackgroundTask | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.retranslate()
        self.hide()

    def attach(self, task: BackgroundTask) -> None:
        """Show `task`'s progress until it finishes."""
        self._task = task
        self.label.setText(task.title)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel_button.setEnabled(task.cancellable)
        self.cancel_button.setVisible(task.cancellable)
        task.progress.connect(self._show_progress)
        task.finished.connect(self._detach)
        self.show()

    def _show_progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total))
        if message and self._task is not None:
            self.label.setText(f"{self._task.title} — {message}")

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _detach(self) -> None:
        self._task = None
        self.hide()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
