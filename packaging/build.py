"""Build the sbcoder desktop app with PyInstaller: packaging/dist/sbcoder/.

    python packaging/build.py [--pipeline FOLDER|PACKAGE|none] [--archive] [--clean]

Before building it checks that the installed package metadata carries pyproject's
version (the app reads its version from there), re-renders stale icon PNGs, and says
which spaCy pipeline it bundles (see bundle_contents.py for the order). After the build
it adds the desktop entry, MIME type, icons and install script to the app folder,
writes build-info.json, and prints the folder's size. `--archive` also packs the
folder into one .tar.gz (.zip on Windows) to hand to users.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents as bundle
import make_icons

SPEC = bundle.PACKAGING / "sbcoder.spec"
APP_DIR = bundle.DIST_DIR / bundle.APP_NAME


def check_version() -> str:
    """pyproject's version, after checking the installed metadata says the same."""
    wanted = bundle.project_version()
    try:
        installed = version("sbcoder")
    except PackageNotFoundError:
        installed = "not installed"
    if installed != wanted:
        raise bundle.BundleError(
            f"pyproject.toml says {wanted} but the installed sbcoder metadata says "
            f"{installed}: run `pip install -e .` in {bundle.ROOT} first"
        )
    return wanted


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under a folder (symbolic links not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def add_desktop_files(app_dir: Path) -> None:
    """Put what a desktop needs beside the executable: entry, MIME type, icons, installer."""
    resources = bundle.ROOT / "resources"
    share = app_dir / "share"
    (share / "icons").mkdir(parents=True, exist_ok=True)
    for icon in (resources / "icons").iterdir():
        shutil.copy2(icon, share / "icons" / icon.name)
    shutil.copy2(resources / "sbcoder.desktop", share / "sbcoder.desktop")
    shutil.copy2(resources / "x-sbcoder-project.xml", share / "x-sbcoder-project.xml")
    shutil.copy2(bundle.PACKAGING / "INSTALL.txt", app_dir / "INSTALL.txt")
    if sys.platform.startswith("linux"):
        installer = app_dir / "install_linux.sh"
        shutil.copy2(bundle.PACKAGING / "install_linux.sh", installer)
        installer.chmod(0o755)


def has_debug_info(path: Path) -> bool:
    """Whether a 64-bit little-endian ELF file has a .debug_info section."""
    with open(path, "rb") as handle:
        header = handle.read(64)
        if header[:6] != b"\x7fELF\x02\x01":
            return False
        shoff = int.from_bytes(header[0x28:0x30], "little")
        entsize = int.from_bytes(header[0x3A:0x3C], "little")
        count = int.from_bytes(header[0x3C:0x3E], "little")
        names_index = int.from_bytes(header[0x3E:0x40], "little")
        if not shoff or not count or names_index >= count:
            return False
        handle.seek(shoff)
        table = handle.read(entsize * count)
        names = table[names_index * entsize : (names_index + 1) * entsize]
        handle.seek(int.from_bytes(names[0x18:0x20], "little"))
        strings = handle.read(int.from_bytes(names[0x20:0x28], "little"))
    return b".debug_info\x00" in strings


def strip_debug_info(app_dir: Path) -> int:
    """Remove debug information from the app's libraries (Linux); returns bytes saved.

    spaCy's, thinc's and blis's wheels ship their extension modules with it (a third of
    the app). Libraries in *.libs folders are left alone: auditwheel patched them, and
    rewriting them breaks loading ("ELF load command ... not page-aligned")."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    saved = 0
    for path in app_dir.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(app_dir).parts):
            continue
        if has_debug_info(path):
            before = path.stat().st_size
            subprocess.run([strip, "--strip-debug", str(path)], check=True)
            saved += before - path.stat().st_size
    return saved


# Qt platform plugins a desktop needs. PyInstaller leaves out a plugin whose libraries
# are missing on the build machine, which gives an app that only runs offscreen.
PLATFORM_PLUGINS = {
    "linux": (
        ("libqxcb.so", "libxcb-icccm4 libxcb-keysyms1"),
        ("libqwayland", "libwayland-cursor0"),
    ),
    "win32": (("qwindows.dll", ""),),
    "darwin": (("libqcocoa.dylib", ""),),
}


def missing_platform_plugins(app_dir: Path) -> list[str]:
    """Desktop platform plugins absent from the app, with the system packages they need."""
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    found = [p.name for p in app_dir.rglob("plugins/platforms/*")]
    return [
        f"{plugin} (install {needs} on the build machine)" if needs else plugin
        for plugin, needs in PLATFORM_PLUGINS.get(system, ())
        if not any(name.startswith(plugin) for name in found)
    ]


def run_pyinstaller(clean: bool) -> None:
    """Run PyInstaller on the spec with the build and dist folders under packaging/."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(bundle.DIST_DIR),
        "--workpath",
        str(bundle.BUILD_DIR),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=bundle.ROOT)


def archive(app_dir: Path, app_version: str) -> Path:
    """Pack the app folder into one file to hand out."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = bundle.DIST_DIR / f"sbcoder-{app_version}-{system}-{platform.machine().lower()}"
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=app_dir.parent, base_dir="sbcoder"))


def main() -> int:
    """Build the app; the exit status is 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", help="spaCy pipeline folder or package to bundle, or none")
    parser.add_argument("--archive", action="store_true", help="also pack a .tar.gz / .zip")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args()
    if args.pipeline:
        os.environ[bundle.CHOICE_ENV] = args.pipeline
    started = time.perf_counter()
    try:
        app_version = check_version()
        if make_icons.stale_pngs():
            written = make_icons.render_pngs()
            print(f"re-rendered {len(written)} icon PNGs from sbcoder.svg: commit them")
        pipeline = bundle.choose_pipeline()
    except bundle.BundleError as error:
        print(f"build: {error}", file=sys.stderr)
        return 1
    print(f"building sbcoder {app_version} for {sys.platform} ({platform.machine()})")
    print(
        "bundling spaCy pipeline: "
        + (pipeline.describe() if pipeline else "none; the app will use the blank fallback")
    )
    if pipeline is not None:  # the spec chooses again: make sure it finds the same one
        os.environ[bundle.CHOICE_ENV] = str(pipeline.folder)
    try:
        run_pyinstaller(args.clean)
    except subprocess.CalledProcessError as error:
        print(f"build: PyInstaller failed (status {error.returncode})", file=sys.stderr)
        return 1
    missing = missing_platform_plugins(APP_DIR)
    if missing:
        print(f"build: Qt platform plugins left out: {'; '.join(missing)}", file=sys.stderr)
        return 1
    saved = strip_debug_info(APP_DIR)
    if saved:
        print(f"removed {saved / 1e6:.0f} MB of debug information from libraries")
    add_desktop_files(APP_DIR)
    size, files = folder_size(APP_DIR)
    info = {
        "version": app_version,
        "platform": f"{sys.platform}-{platform.machine()}",
        "python": platform.python_version(),
        "pipeline": pipeline.describe() if pipeline else None,
        "pipeline_folder": bundle.BUNDLED_PIPELINE_FOLDER if pipeline else None,
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "bytes": size,
        "files": files,
    }
    (APP_DIR / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(f"built {APP_DIR}: {size / 1e6:.0f} MB in {files} files")
    if args.archive:
        packed = archive(APP_DIR, app_version)
        print(f"archive {packed}: {packed.stat().st_size / 1e6:.0f} MB")
    print(f"build took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
