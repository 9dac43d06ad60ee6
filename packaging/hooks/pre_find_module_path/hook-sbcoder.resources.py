"""Find `sbcoder.resources` where pyproject.toml maps it: the repository's resources/.

setuptools installs that folder as the package `sbcoder.resources` (package-dir), and
an editable install finds it through an import hook that PyInstaller's module finder
does not use; so this hook points the finder at the folder that holds it.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def pre_find_module_path(api):
    """Search the repository root, where `resources/__init__.py` is."""
    if (ROOT / "resources" / "__init__.py").is_file():
        api.search_dirs = [str(ROOT)]
