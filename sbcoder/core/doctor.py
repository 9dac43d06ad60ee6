"""`sbcoder doctor`: versions, the active spaCy pipeline, and paths."""

from __future__ import annotations

import os
import platform
import sys
from importlib.metadata import PackageNotFoundError, version

from sbcoder import __version__
from sbcoder.resources import RESOURCES_DIR


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def doctor_report(load_pipeline: bool = True) -> dict[str, str]:
    """What a bug report needs: versions, the spaCy pipeline in use and why, paths."""
    import platformdirs

    report = {
        "sbcoder": __version__,
        "python": f"{sys.version.split()[0]} ({platform.platform()})",
        "PySide6": _version("PySide6-Essentials")
        if _version("PySide6") == "not installed"
        else _version("PySide6"),
        "SQLAlchemy": _version("SQLAlchemy"),
        "spaCy": _version("spacy"),
        "spacy-lookups-data": _version("spacy-lookups-data"),
        "nl_core_news_sm": _version("nl_core_news_sm"),
        "nl_core_news_md": _version("nl_core_news_md"),
        "SBCODER_SPACY_MODEL": os.environ.get("SBCODER_SPACY_MODEL", "(not set)"),
        "settings folder": platformdirs.user_config_dir("sbcoder"),
        "resources": str(RESOURCES_DIR),
    }
    if load_pipeline:
        report["spaCy pipeline"] = active_pipeline_description()
    return report


def active_pipeline_description() -> str:
    """Which spaCy pipeline sbcoder uses here, and why the preferred ones are not used."""
    try:
        from sbcoder.nlp.pipeline import get_pipeline
    except ImportError as error:  # the NLP layer is optional at run time
        return f"NLP off ({error})"
    try:
        loaded = get_pipeline()
    except Exception as error:  # a broken model install must not break doctor
        return f"NLP off ({error})"
    reason = getattr(loaded, "reason", "")
    return f"{loaded.name}" + (f" — {reason}" if reason else "")
