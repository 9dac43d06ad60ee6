"""Starting the main window loads what it shows, not what later features need: no
openpyxl (Excel export), SciPy (tables, suggestions) or spaCy until they are used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("openpyxl", "scipy", "spacy")

SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from sbcoder.ui.app import create_application
from sbcoder.ui.main_window import MainWindow
from sbcoder.ui.settings import AppSettings
app = create_application()
settings = AppSettings(Path(tempfile.mkdtemp()) / "settings.ini")
settings.coder_name, settings.language = "Tester", "en"
window = MainWindow(settings)
window.show()
app.processEvents()
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_the_main_window_starts_without_the_heavy_libraries(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded and "sbcoder" in loaded  # it did start
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
