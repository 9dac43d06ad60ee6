"""What goes into the desktop app besides the Python code: shared by sbcoder.spec and
build.py, free of Linux-only assumptions (paths via pathlib, no shell tools).

The spaCy pipeline to bundle is chosen at build time, first that exists:
`SBCODER_BUNDLE_PIPELINE` (a folder or package name, or "none"; build.py --pipeline sets
it), `SBCODER_SPACY_MODEL` (the pipeline sbcoder itself would use), the installed
`nl_core_news_sm`, then `nl_core_news_md`. It is copied into the app folder as
`spacy_pipeline/`, where sbcoder.nlp.pipeline looks when it runs frozen; it is never
copied into the repository.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
BUILD_DIR = PACKAGING / "build"
DIST_DIR = PACKAGING / "dist"
APP_NAME = "sbcoder"
BUNDLED_PIPELINE_FOLDER = "spacy_pipeline"  # = sbcoder.nlp.pipeline.BUNDLED_PIPELINE_FOLDER
CHOICE_ENV = "SBCODER_BUNDLE_PIPELINE"
PACKAGE_PIPELINES = ("nl_core_news_sm", "nl_core_news_md")

# Distributions whose metadata the app reads: its own version, the About box's versions,
# and the entry points through which spaCy finds spacy-lookups-data and spacy-legacy.
METADATA = (
    "sbcoder",
    "spacy",
    "thinc",
    "spacy-legacy",
    "spacy-loggers",
    "spacy-lookups-data",
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "openpyxl",
    "python-docx",
    "odfpy",
    "pypdf",
    "striprtf",
    "lxml",
    "numpy",
    "scipy",
    "krippendorff",
    "charset-normalizer",
    "platformdirs",
)


class BundleError(Exception):
    """The build cannot go on; the message says what to fix."""


@dataclass(frozen=True)
class PipelineChoice:
    """The spaCy pipeline folder to bundle and how it was found."""

    folder: Path
    origin: str
    name: str
    version: str
    licence: str

    def describe(self) -> str:
        """One line for the build log."""
        return (
            f"{self.name} {self.version} (licence: {self.licence or 'not stated'}) "
            f"from {self.origin}: {self.folder}"
        )


def project_version() -> str:
    """The version in pyproject.toml, sbcoder's one source of truth."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def _pipeline_folder(candidate: str) -> Path | None:
    """A pipeline folder (one with config.cfg) for a folder or an installed package."""
    path = Path(candidate).expanduser()
    if path.is_dir():
        return path if (path / "config.cfg").is_file() else None
    try:
        spec = importlib.util.find_spec(candidate)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    # A pipeline package keeps its data in a sub-folder named <package>-<version>.
    for location in spec.submodule_search_locations:
        for config in sorted(Path(location).glob("*/config.cfg")):
            return config.parent
    return None


def choose_pipeline() -> PipelineChoice | None:
    """The Dutch pipeline to bundle (see the module docstring); None for none."""
    explicit = os.environ.get(CHOICE_ENV, "").strip()
    if explicit.lower() == "none":
        return None
    candidates = []
    if explicit:
        candidates.append((CHOICE_ENV, explicit))
    elif os.environ.get("SBCODER_SPACY_MODEL", "").strip():
        candidates.append(("SBCODER_SPACY_MODEL", os.environ["SBCODER_SPACY_MODEL"].strip()))
    else:
        candidates += [("installed package", name) for name in PACKAGE_PIPELINES]
    for origin, candidate in candidates:
        folder = _pipeline_folder(candidate)
        if folder is None:
            if origin != "installed package":
                raise BundleError(f"{origin}={candidate!r} is not a spaCy pipeline folder")
            continue
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("lang") != "nl":
            raise BundleError(f"{folder}: a {meta.get('lang')!r} pipeline, not Dutch")
        return PipelineChoice(
            folder.resolve(),
            f"{origin} {candidate}",
            f"{meta['lang']}_{meta.get('name', '?')}",
            str(meta.get("version", "?")),
            str(meta.get("license", "")),
        )
    return None


def resource_datas() -> list[tuple[str, str]]:
    """(source, folder in the app) for sbcoder's data files."""
    resources = ROOT / "resources"
    migrations = ROOT / "sbcoder" / "db" / "migrations"
    datas = [(str(p), "sbcoder/resources/i18n") for p in sorted(resources.glob("i18n/*.qm"))]
    datas += [(str(p), "sbcoder/resources/templates") for p in resources.glob("templates/*")]
    datas += [(str(p), "sbcoder/resources/icons") for p in sorted(resources.glob("icons/*"))]
    datas += [(str(p), "sbcoder/resources") for p in resources.glob("*.desktop")]
    datas += [(str(p), "sbcoder/resources") for p in resources.glob("*.xml")]
    # Alembic reads the migration scripts as source files, not from the archive.
    datas += [(str(p), "sbcoder/db/migrations") for p in migrations.glob("*.py")]
    datas += [(str(p), "sbcoder/db/migrations") for p in migrations.glob("*.mako")]
    datas += [(str(p), "sbcoder/db/migrations/versions") for p in migrations.glob("versions/*.py")]
    return datas


def lookups_datas() -> list[tuple[str, str]]:
    """spacy-lookups-data's Dutch tables only (the package holds ~100 MB for 30 languages)."""
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        raise BundleError("spacy-lookups-data is not installed; pip install spacy-lookups-data")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    tables = sorted(data.glob("nl_*"))
    if not tables:
        raise BundleError(f"{data}: no Dutch tables (nl_*)")
    return [(str(p), "spacy_lookups_data/data") for p in tables]


def app_icon() -> str | None:
    """The icon PyInstaller puts on the Windows .exe and the macOS .app (it converts the
    PNG with Pillow); Linux uses the desktop entry's icon instead."""
    if sys.platform.startswith(("win", "darwin")):
        return str(ROOT / "resources" / "icons" / "sbcoder-256.png")
    return None
