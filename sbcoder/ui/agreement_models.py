"""Item models of the intercoder agreement dialog: figures per code, and disagreements.

Figures are shown as the researcher reads them (percentages with one decimal, κ and α
with two, "—" where a figure is undefined); the raw value is under `SORT_ROLE` so the
tables sort by number.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from sbcoder.core.agreement_stats import AgreementFigures, AgreementReport, Disagreement

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET = 160
UNDEFINED = "—"

# (field, kind): kind "percent" is 0-100, "ratio" a coefficient, "count" a whole number.
FIGURE_COLUMNS = (
    ("units", "count"),
    ("percent_agreement", "percent"),
    ("cohen_kappa", "ratio"),
    ("krippendorff_alpha", "ratio"),
    ("coded_units", "count"),
    ("coded_only_percent", "percent"),
    ("coded_only_kappa", "ratio"),
    ("coded_only_alpha", "ratio"),
    ("positive_agreement", "ratio"),
)


def format_figure(value: float | int | None, kind: str) -> str:
    """A figure as text in the ui's locale: "87.5 %", "0.72", "1,234", or "—" when
    undefined."""
    if value is None:
        return UNDEFINED
    locale = QLocale()  # the ui language's: 87,5 % in Dutch
    if kind == "percent":
        return f"{locale.toString(float(value), 'f', 1)} %"
    if kind == "ratio":
        return locale.toString(float(value), "f", 2)
    return locale.toString(int(value))


class AgreementTableModel(QAbstractTableModel):
    """Row 0 pools all codes; then one row per code, in codebook order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: AgreementReport | None = None
        self.paths: dict[int, str] = {}
        self.rows: list[tuple[int | None, AgreementFigures]] = []

    def set_report(self, report: AgreementReport | None, paths: dict[int, str]) -> None:
        """Show a report; `paths` names the codes."""
        self.beginResetModel()
        self.report, self.paths = report, paths
        self.rows = []
        if report is not None:
            self.rows = [(None, report.overall)] + [(c.code_id, c) for c in report.per_code]
        self.endResetModel()

    def coders(self) -> list[str]:
        """The compared coders (one column each: how many units they marked)."""
        return list(self.report.coders) if self.report else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """All codes, then each code."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """The code, the figures, and one column per coder."""
        return 0 if parent.isValid() else 1 + len(FIGURE_COLUMNS) + len(self.coders())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Formatted figures; raw values under SORT_ROLE; the code id under CODE_ID_ROLE."""
        if not index.isValid():
            return None
        code_id, figures = self.rows[index.row()]
        column = index.column()
        if role == CODE_ID_ROLE:
            return code_id
        if role == Qt.ItemDataRole.FontRole and code_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == 0:
            label = self.tr("All codes") if code_id is None else self.paths.get(code_id, "?")
            if role == SORT_ROLE:
                return "" if code_id is None else label.casefold()  # "All codes" stays first
            return (
                label
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                else None
            )
        if column <= len(FIGURE_COLUMNS):
            name, kind = FIGURE_COLUMNS[column - 1]
            value = getattr(figures, name)
        else:
            coder = self.coders()[column - 1 - len(FIGURE_COLUMNS)]
            value, kind = figures.coder_totals.get(coder, 0), "count"
        if role == SORT_ROLE:
            return float("-inf") if value is None else float(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_figure(value, kind)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles, with a tooltip on what each figure means."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        unit = self.unit_word()
        titles = [
            (self.tr("Code"), ""),
            (unit, self.tr("Units compared (per code: each unit once; all codes: unit × code)")),
            (self.tr("% agreement"), self.tr("Share of units on which all coders agree")),
            (self.tr("Cohen's κ"), self.tr("Chance-corrected agreement; two coders only")),
            (self.tr("Krippendorff's α"), self.tr("Chance-corrected agreement, nominal")),
            (
                self.tr("Coded units"),
                self.tr("Units at least one coder marked: the coded-text-only figures use these"),
            ),
            (self.tr("% (coded only)"), self.tr("Agreement on coded text only")),
            (self.tr("κ (coded only)"), self.tr("Cohen's κ on coded text only")),
            (self.tr("α (coded only)"), self.tr("Krippendorff's α on coded text only")),
            (
                self.tr("Positive agreement"),
                self.tr("How far the coders' markings overlap (Dice; ignores uncoded text)"),
            ),
        ]
        titles += [(self.tr("Marked by %1").replace("%1", coder), "") for coder in self.coders()]
        if section >= len(titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return titles[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return titles[section][1] or None
        return None

    def unit_word(self) -> str:
        """The unit's name for the units column."""
        unit = self.report.unit if self.report else "character"
        return {
            "character": self.tr("Characters"),
            "sentence": self.tr("Sentences"),
            "paragraph": self.tr("Paragraphs"),
        }[unit]


class DisagreementTableModel(QAbstractTableModel):
    """Runs of text where the coders split on a code; optionally of one code only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all: list[Disagreement] = []
        self.rows: list[Disagreement] = []
        self.paths: dict[int, str] = {}
        self.documents: dict[int, str] = {}
        self.text_of: Callable[[int], str] = lambda _doc_id: ""
        self._texts: dict[int, str] = {}
        self.code_id: int | None = None

    def set_report(
        self,
        report: AgreementReport | None,
        paths: dict[int, str],
        documents: dict[int, str],
        text_of: Callable[[int], str],
    ) -> None:
        """Show a report's disagreements; `text_of(document id)` gives a document's text
        (asked once per document, when a row of it is first shown)."""
        self.beginResetModel()
        self.all = list(report.disagreements) if report else []
        self.paths, self.documents, self.text_of = paths, documents, text_of
        self._texts = {}
        self.code_id = None
        self.rows = self.all
        self.endResetModel()

    def show_code(self, code_id: int | None) -> None:
        """Only the disagreements on `code_id` (None: all)."""
        self.beginResetModel()
        self.code_id = code_id
        self.rows = self.all if code_id is None else [d for d in self.all if d.code_id == code_id]
        self.endResetModel()

    def disagreement(self, row: int) -> Disagreement | None:
        """The disagreement in a row."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def passage(self, item: Disagreement) -> str:
        """The disagreed text, shortened, on one line."""
        if item.doc_id not in self._texts:
            self._texts[item.doc_id] = self.text_of(item.doc_id)
        text = " ".join(self._texts[item.doc_id][item.start : item.end].split())
        return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """The disagreements shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Document, code, where, marked by, not marked by, text."""
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cells; the full passage as tooltip."""
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role == SORT_ROLE and column == 2:
            return f"{item.doc_id:012d}{item.start:012d}"  # document order, then offset
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.passage(item) if column == 5 else None
        values = (
            self.documents.get(item.doc_id, str(item.doc_id)),
            self.paths.get(item.code_id, str(item.code_id)),
            f"{item.start}–{item.end}",
            ", ".join(item.coders_with),
            ", ".join(item.coders_without),
            self.passage(item),
        )
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Document"),
            self.tr("Code"),
            self.tr("Where"),
            self.tr("Marked by"),
            self.tr("Not marked by"),
            self.tr("Text"),
        )[section]
