"""Render resources/icons/sbcoder.svg to PNGs at the sizes desktops ask for.

    python packaging/make_icons.py [--check]

Qt's own SVG renderer does it (PySide6 is already a dependency, so no extra tool such
as Inkscape or rsvg is needed). The PNGs are committed, small, so a source install
and the Linux desktop entry have icons without a build step; packaging/build.py runs
this again when the SVG is newer than a PNG. `--check` only reports stale PNGs (exit
status 1), which the smoke test uses.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "sbcoder.svg"
SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives (resources/icons/sbcoder-<size>.png)."""
    return ICON_DIR / f"sbcoder-{size}.png"


def stale_pngs() -> list[Path]:
    """PNGs that are missing or older than the SVG."""
    svg_time = SVG.stat().st_mtime
    return [
        png_path(size)
        for size in SIZES
        if not png_path(size).exists() or png_path(size).stat().st_mtime < svg_time
    ]


def render_pngs(sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Render the SVG at each size into resources/icons; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG file")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = png_path(size)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"{target}: could not be written")
        written.append(target)
    return written


def main() -> int:
    """Command line: render (default) or only check that the PNGs are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale PNGs")
    args = parser.parse_args()
    if args.check:
        stale = stale_pngs()
        for path in stale:
            print(f"stale or missing: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path in render_pngs():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
