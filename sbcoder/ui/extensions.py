"""Features that add their own menus and panes to the main window.

Each module here has `install(window) -> object`, called once after the window has
built its menus (File, Edit, Code, View, Tools, Help in `window.actions.menus`). A
feature keeps its own actions, retranslates them itself, and acts on the project only
through `window.workbench` (execute/query/push, and the `changed` signal).
"""

from __future__ import annotations

import importlib
from typing import Any

FEATURES = (
    "sbcoder.ui.exchange_menu",
    "sbcoder.ui.analysis_menu",
    "sbcoder.ui.team_menu",
    "sbcoder.ui.suggestions_menu",
)


def install_features(window: Any) -> dict[str, object]:
    """Install every feature into `window`; returns them by module name."""
    installed: dict[str, object] = {}
    for name in FEATURES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # a feature still being written in this checkout
        installed[name] = module.install(window)
    return installed
