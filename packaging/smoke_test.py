"""Build the desktop app and prove the frozen program works: the packaging smoke test.

    python packaging/smoke_test.py [--no-build] [--runs N] [--budget SECONDS]

Not part of the pytest run (the build alone takes minutes). It builds with
packaging/build.py (unless --no-build), then runs the frozen `sbcoder` headless
(QT_QPA_PLATFORM=offscreen) from an empty folder with a throw-away home, without
SBCODER_SPACY_MODEL or any Python variables, and on Linux without network (a network
namespace of its own, where `unshare` allows one):

1. `--version` says pyproject's version;
2. `--self-test` passes, with the bundled spaCy pipeline and every ui feature module
   of the source tree;
3. the command line contract end to end (new, import, code, export .xlsx,
   suggest-codes, doctor);
4. start-up: `--startup-probe` N times, empty and with a project: the median seconds
   until the main window is shown must be within the budget (default 3 s);
5. Linux: install_linux.sh into a temporary prefix, the installed command runs, and
   --uninstall removes everything;
6. the size of the app folder.

Exit status 0 when everything passed. Every step prints one line with its timing.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents as bundle

APP_DIR = bundle.DIST_DIR / bundle.APP_NAME
EXE = APP_DIR / ("sbcoder-cli.exe" if sys.platform == "win32" else "sbcoder")
TRANSCRIPT = (
    "Interviewer: Hoe gaat het in de buurt?\n"
    "Bewoner: Het vertrouwen tussen de buren is gegroeid sinds de burendag 😀.\n"
    "Bewoner: De gemeente geeft te weinig geld.\n"
)


class SmokeFailure(Exception):
    """A step failed; the message says how."""


def offline_prefix() -> list[str]:
    """A command prefix that runs a program without network, where Linux allows it."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return []
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return []


class FrozenApp:
    """Runs the frozen executable in a clean environment inside a scratch folder."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.prefix = offline_prefix()
        clean = ("SBCODER_", "PYTHON", "VIRTUAL_ENV", "QT_")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(clean)}
        venv_bin = str(Path(sys.executable).parent)
        self.env["PATH"] = os.pathsep.join(
            p for p in os.environ.get("PATH", "").split(os.pathsep) if p != venv_bin
        )
        self.env |= {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(scratch / "home"),
            "USERPROFILE": str(scratch / "home"),
            "XDG_CONFIG_HOME": str(scratch / "home" / ".config"),
            "XDG_DATA_HOME": str(scratch / "home" / ".local" / "share"),
            "SBCODER_CODER": "Smoke Test",
        }
        (scratch / "home").mkdir(parents=True, exist_ok=True)

    def run(
        self, *args: str, exe: Path = EXE, timeout: float = 600
    ) -> subprocess.CompletedProcess[str]:
        """Run the app with arguments; fails the step on a non-zero status."""
        result = subprocess.run(
            [*self.prefix, str(exe), *args],
            cwd=self.scratch,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
        )
        if result.returncode != 0:
            raise SmokeFailure(
                f"`sbcoder {' '.join(args)}` exited {result.returncode}:\n"
                f"{result.stdout}{result.stderr}"
            )
        return result

    def json(self, *args: str) -> dict:
        """Run a --json command and parse its output."""
        return json.loads(self.run(*args, "--json").stdout)

    def probe(self, *args: str) -> tuple[float, float | None, float | None]:
        """Seconds from launching `--startup-probe` until it reports the window shown
        (measured here), the figure the app printed itself, and its CPU seconds."""
        started = time.perf_counter()
        process = subprocess.Popen(
            [*self.prefix, str(EXE), "--startup-probe", *args],
            cwd=self.scratch,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdout is not None
        line = ""
        for line in process.stdout:
            if line.startswith("startup-probe:"):
                break
        seen = time.perf_counter() - started
        process.wait(timeout=300)
        if process.returncode != 0 or not line.startswith("startup-probe:"):
            raise SmokeFailure(f"--startup-probe {' '.join(args)} failed: {line!r}")
        after = re.search(r"window ([\d.]+) s after", line)
        cpu = re.search(r"([\d.]+) s CPU", line)
        return seen, float(after[1]) if after else None, float(cpu[1]) if cpu else None


def source_features() -> list[str]:
    """The ui feature modules listed in extensions.py that exist in the source tree."""
    extensions = bundle.ROOT / "sbcoder" / "ui" / "extensions.py"
    tree = ast.parse(extensions.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "FEATURES" for t in node.targets
        ):
            names = list(ast.literal_eval(node.value))
    short = [n.rsplit(".", 1)[-1] for n in names]
    return sorted(s for s in short if (extensions.parent / f"{s}.py").exists())


def step_version(app: FrozenApp, _args: argparse.Namespace) -> str:
    """--version says pyproject's version."""
    said = app.run("--version").stdout.strip()
    wanted = f"sbcoder {bundle.project_version()}"
    if said != wanted:
        raise SmokeFailure(f"--version says {said!r}, pyproject {wanted!r}")
    return said


def step_self_test(app: FrozenApp, _args: argparse.Namespace) -> str:
    """--self-test passes, with the bundled pipeline and every feature module."""
    output = app.run("--self-test").stdout
    print("    " + output.rstrip().replace("\n", "\n    "))
    info = json.loads((APP_DIR / "build-info.json").read_text(encoding="utf-8"))
    nlp = next(line for line in output.splitlines() if " NLP suggestions " in line)
    if info["pipeline_folder"] and f"{info['pipeline_folder']})" not in nlp:
        raise SmokeFailure(f"the bundled pipeline was not used: {nlp.strip()}")
    window = next(line for line in output.splitlines() if " main window " in line)
    shown = window.split("features: ", 1)[-1].split(", ")
    missing = [f for f in source_features() if f not in shown]
    if missing:
        raise SmokeFailure(f"feature modules missing from the app: {missing}")
    return output.strip().splitlines()[-1]


def step_cli(app: FrozenApp, _args: argparse.Namespace) -> str:
    """The CLI contract with the frozen program: a project from start to export."""
    (app.scratch / "interview.txt").write_text(TRANSCRIPT, encoding="utf-8")
    app.json("new", "cli.sbc", "--template", "cimo")
    app.json("import", "cli.sbc", "interview.txt")
    passage = "Het vertrouwen tussen de buren is gegroeid"
    start = TRANSCRIPT.index(passage)
    app.json(
        "code", "cli.sbc", "--doc", "interview", "--start", str(start),
        "--end", str(start + len(passage)), "--code", "Mechanisme/Versterkend",
    )  # fmt: skip
    written = app.json("export", "cli.sbc", "tables.xlsx")["written"]
    if not Path(app.scratch, written[0]).stat().st_size:
        raise SmokeFailure("the exported workbook is empty")
    ranked = app.json("suggest-codes", "cli.sbc", "--text", "De buren vertrouwen elkaar.")
    if not ranked["codes"] or ranked["codes"][0]["path"] != "Mechanisme/Versterkend":
        raise SmokeFailure(f"suggest-codes ranked {ranked['codes'][:2]}")
    doctor = app.json("doctor")
    return f"pipeline: {doctor['spaCy pipeline']}"


def step_startup(app: FrozenApp, args: argparse.Namespace) -> str:
    """Start-up to a shown main window: median of N runs, empty and with a project."""
    app.probe()  # the first start reads the files from disk; the user's second start won't
    figures = []
    for label, extra in (("empty", ()), ("with project", ("cli.sbc",))):
        runs = [app.probe(*extra) for _ in range(args.runs)]
        seen = statistics.median(r[0] for r in runs)
        reported = [r[1] for r in runs if r[1] is not None]
        inside = f", {statistics.median(reported):.2f} s by the app" if reported else ""
        cpu = [r[2] for r in runs if r[2] is not None]
        inside += f", {statistics.median(cpu):.2f} s CPU" if cpu else ""
        figures.append((label, seen))
        print(
            f"    {label}: median {seen:.2f} s (min {min(r[0] for r in runs):.2f}, "
            f"max {max(r[0] for r in runs):.2f}; {args.runs} runs{inside})"
        )
    if hasattr(os, "getloadavg"):  # start-up times mean little on a busy machine
        print(f"    load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    worst = max(seen for _label, seen in figures)
    if worst > args.budget:
        raise SmokeFailure(f"start-up takes {worst:.2f} s, over the {args.budget:.1f} s budget")
    return ", ".join(f"{label} {seen:.2f} s" for label, seen in figures)


def step_install(app: FrozenApp, _args: argparse.Namespace) -> str:
    """install_linux.sh into a temporary prefix, run the installed command, uninstall."""
    if not sys.platform.startswith("linux"):
        return "not Linux: skipped"
    prefix = app.scratch / "prefix"
    data = Path(app.env["XDG_DATA_HOME"])
    env = app.env | {"PREFIX": str(prefix)}
    run = subprocess.run(
        ["sh", str(APP_DIR / "install_linux.sh")], env=env, capture_output=True, text=True
    )
    if run.returncode != 0:
        raise SmokeFailure(f"install_linux.sh failed: {run.stderr}")
    expected = [
        prefix / "bin" / "sbcoder",
        data / "applications" / "sbcoder.desktop",
        data / "mime" / "packages" / "sbcoder.xml",
        data / "icons" / "hicolor" / "48x48" / "apps" / "sbcoder.png",
        data / "icons" / "hicolor" / "scalable" / "apps" / "sbcoder.svg",
    ]
    missing = [str(p) for p in expected if not p.exists()]
    if missing:
        raise SmokeFailure(f"not installed: {missing}")
    entry = (data / "applications" / "sbcoder.desktop").read_text(encoding="utf-8")
    if f'Exec="{prefix}/lib/sbcoder/sbcoder" %f' not in entry:
        raise SmokeFailure("the installed desktop entry does not run the installed program")
    globs = data / "mime" / "globs2"
    if shutil.which("update-mime-database") and "application/x-sbcoder-project:*.sbc" not in (
        globs.read_text(encoding="utf-8") if globs.exists() else ""
    ):
        raise SmokeFailure("the .sbc MIME type was not registered")
    app.run("--version", exe=prefix / "bin" / "sbcoder")
    subprocess.run(["sh", str(APP_DIR / "install_linux.sh"), "--uninstall"], env=env, check=True)
    left = [str(p) for p in expected if p.exists()] + (
        [str(prefix / "lib" / "sbcoder")] if (prefix / "lib" / "sbcoder").exists() else []
    )
    if left:
        raise SmokeFailure(f"--uninstall left {left}")
    return "installed, ran, uninstalled"


def step_size(_app: FrozenApp, _args: argparse.Namespace) -> str:
    """The app folder's size (what a user downloads, unpacked)."""
    total = files = 0
    for path in APP_DIR.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    internal = APP_DIR / "_internal"
    parts = []
    for name in ("PySide6", "spacy", "scipy", "numpy", bundle.BUNDLED_PIPELINE_FOLDER):
        folder = internal / name
        if folder.exists():
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
            parts.append(f"{name} {size / 1e6:.0f}")
    return f"{total / 1e6:.0f} MB in {files} files (MB: {', '.join(parts)})"


STEPS = (
    ("version", step_version),
    ("self-test", step_self_test),
    ("command line", step_cli),
    ("start-up", step_startup),
    ("install", step_install),
    ("size", step_size),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the smoke test; 0 when every step passed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing build")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs to take the median")
    parser.add_argument("--budget", type=float, default=3.0, help="start-up budget in seconds")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.no_build:
        print("building (packaging/build.py) …", flush=True)
        built = subprocess.run([sys.executable, str(bundle.PACKAGING / "build.py")])
        if built.returncode != 0:
            print("smoke test FAILED: the build failed", file=sys.stderr)
            return 1
        print(f"  build {time.perf_counter() - started:.0f} s")
    if not EXE.exists():
        print(f"smoke test FAILED: no app at {EXE}; build it first", file=sys.stderr)
        return 1
    failed = []
    with tempfile.TemporaryDirectory(prefix="sbcoder-smoke-") as scratch:
        app = FrozenApp(Path(scratch))
        network = "no network (unshare)" if app.prefix else "network not cut off"
        print(f"frozen app {EXE} ({network}, QT_QPA_PLATFORM=offscreen)", flush=True)
        for name, step in STEPS:
            step_started = time.perf_counter()
            try:
                detail = step(app, args)
            except (SmokeFailure, subprocess.SubprocessError, OSError, StopIteration) as error:
                detail, failed = f"FAILED: {error}", [*failed, name]
            print(f"  {name:<13} {time.perf_counter() - step_started:6.1f} s  {detail}", flush=True)
    total = time.perf_counter() - started
    if failed:
        print(f"smoke test FAILED ({', '.join(failed)}) after {total:.0f} s", file=sys.stderr)
        return 1
    print(f"smoke test passed in {total:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
