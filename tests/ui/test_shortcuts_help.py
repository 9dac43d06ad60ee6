"""Help ▸ Keyboard shortcuts (F1) lists every shortcut of every menu, the features'
menus included, and no two actions share a key."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from sbcoder.ui.window_support import shortcut_rows

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def menu_shortcuts(window) -> dict[str, str]:
    """What the menus themselves show: action text -> keys, walked independently."""
    found = {}
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while pending:
        menu = pending.pop()
        for action in menu.actions():
            if action.menu() is not None:
                pending.append(action.menu())
            elif not action.shortcut().isEmpty():
                found[action.text().replace("&", "")] = action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText
                )
    return found


def test_f1_lists_the_shortcuts_of_every_menu(make_window, qtbot) -> None:
    window = make_window()
    window.actions.shortcuts_help.trigger()
    box = window.findChild(QMessageBox, "shortcutsBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    expected = menu_shortcuts(window)
    # The analysis feature adds its own menu with Ctrl+Shift+T; coding has Ctrl+L.
    assert any("Shift+T" in keys for keys in expected.values())
    assert any(keys.endswith("+L") for keys in expected.values())
    for text, keys in expected.items():
        assert text in box.text() and keys in box.text(), (text, keys)
    rows = shortcut_rows(window)
    assert {text for _menu, text, _keys in rows} >= set(expected)
    # Each key once: a shortcut bound twice does nothing in Qt ("ambiguous").
    keys = Counter(k.strip() for _m, _t, ks in rows for k in ks.split(","))
    assert [k for k, n in keys.items() if n > 1] == []
    SCREENSHOTS.mkdir(exist_ok=True)
    assert box.grab().save(str(SCREENSHOTS / "shortcuts.png"))
    box.close()
