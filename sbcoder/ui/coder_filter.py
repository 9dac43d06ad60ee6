"""A combo box choosing whose work the views count and list: all coders or one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from sbcoder.core.dto import CoderInfo


class CoderFilter(QObject):
    """The shared choice (None: all coders); every combo bound to it stays in step."""

    changed = Signal(object)  # int | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coder_id: int | None = None
        self.coders: list[CoderInfo] = []

    def set_coders(self, coders: list[CoderInfo]) -> None:
        """The coders to choose from (after a project opened or a coder was added)."""
        self.coders = list(coders)
        if self.coder_id is not None and all(c.id != self.coder_id for c in coders):
            self.coder_id = None
        self.changed.emit(self.coder_id)

    def choose(self, coder_id: int | None) -> None:
        """Show only `coder_id`'s work (None: everyone's)."""
        if coder_id != self.coder_id:
            self.coder_id = coder_id
            self.changed.emit(coder_id)


class CoderFilterCombo(QComboBox):
    """A view of a CoderFilter: "All coders" and then each coder by name."""

    def __init__(self, coder_filter: CoderFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = coder_filter
        self._filling = False
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        coder_filter.changed.connect(self._refill)
        self.currentIndexChanged.connect(self._chosen)
        self._refill()

    def _refill(self, *_: object) -> None:
        self._filling = True
        self.clear()
        self.addItem(self.tr("All coders"), None)
        for coder in self._filter.coders:
            self.addItem(coder.name, coder.id)
        index = self.findData(self._filter.coder_id) if self._filter.coder_id is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.setToolTip(self.tr("Count and list the work of this coder only"))
        self._filling = False

    def _chosen(self, index: int) -> None:
        if not self._filling:
            self._filter.choose(self.itemData(index))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate "All coders" when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._refill()
        super().changeEvent(event)
