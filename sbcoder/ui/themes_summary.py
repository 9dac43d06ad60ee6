"""The line above the suggested themes: what is shown, what it rests on, and what is
remembered from before (translated in the themes dialog's context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sbcoder.ui.themes_review import ThemesReview

translate = QCoreApplication.translate


def summary_text(review: ThemesReview) -> str:
    """The summary for the review's current state."""
    if not review.themes:
        text = translate(
            "ThemesDialog", "Suggest themes for these codes; nothing changes until you accept one."
        )
        if review.decisions.has_review():
            text += " " + remembered_text(review)
        return text
    codes = sum(len(t.members) for t in review.themes)
    text = (
        translate("ThemesDialog", "%1 codes in %2 themes. Double-click a theme to rename it.")
        .replace("%1", str(codes))
        .replace("%2", str(len(review.themes)))
    )
    if review.pipeline:
        text += " " + translate("ThemesDialog", "(spaCy: %1)").replace(
            "%1", review.pipeline.split(" (")[0]
        )
    views = {
        "quotations": translate("ThemesDialog", "shared quotations"),
        "passages": translate("ThemesDialog", "shared passages"),
        "speakers": translate("ThemesDialog", "the same interviews"),
    }
    used = [views[v] for v in review.structure if v in views]
    if used:
        text += " " + translate("ThemesDialog", "Also weighed: %1.").replace("%1", ", ".join(used))
    return text


def remembered_text(review: ThemesReview) -> str:
    """How many of the researcher's decisions apply from before."""
    decisions = review.decisions
    return (
        translate(
            "ThemesDialog", "Remembered from before: codes pinned %1, dropped %2, theme names %3."
        )
        .replace("%1", str(len(decisions.pinned)))
        .replace("%2", str(len(decisions.dropped)))
        .replace("%3", str(len(decisions.names)))
    )
