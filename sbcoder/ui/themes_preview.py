"""Below the suggested themes: what the selected code is about — its path, description
and first quotations — so the researcher can judge a move without leaving the dialog."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser, QWidget

from sbcoder.core.dto import CodeInfo, QuotationInfo

SHOWN = 5  # quotations shown of the selected code
SNIPPET = 240  # characters of each


class CodePreview(QTextBrowser):
    """The selected code's description and first quotations (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themesCodePreview")
        self.setOpenLinks(False)
        self.setMaximumHeight(170)

    def show_code(
        self, code: CodeInfo | None, quotations: Sequence[QuotationInfo], total: int
    ) -> None:
        """Show `code` with `quotations` (its first ones) of `total`; None clears."""
        if code is None:
            self.clear()
            return
        parts = [f"<b>{html.escape(code.path)}</b>"]
        if code.description:
            parts.append(f"<br><i>{html.escape(code.description)}</i>")
        count = self.tr("%n quotation(s)", "", total)
        parts.append(f"<br>{html.escape(count)}:<ul style='margin-left:12px'>")
        for quotation in quotations:
            text = " ".join(quotation.text.split())
            if len(text) > SNIPPET:
                text = text[: SNIPPET - 1] + "…"
            parts.append(
                f"<li>“{html.escape(text)}” — "
                f"<span style='color:gray'>{html.escape(quotation.document_name)}</span></li>"
            )
        parts.append("</ul>")
        self.setHtml("".join(parts))
