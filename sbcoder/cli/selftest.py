"""`sbcoder --self-test` and `sbcoder --startup-probe`: is this installation whole?

The self-test walks a researcher's first session in a temporary folder, offline (any
network call fails the test): create a CIMO project, open it again, import a
generated transcript, code two passages, export the Excel tables and read them back,
show the main window offscreen with the Dutch translation, and rank codes for a
passage with the spaCy pipeline. It exists for the frozen desktop app that packaging/
builds, where a missing data file or hidden import only shows at run time; it prints
one line per check and exits with status 1 at the first failure.

`--startup-probe [PROJECT]` starts the desktop app as `sbcoder` does, quits as soon as
the main window is shown and prints how long that took since the process started.

Both are options that run and exit while the command line is parsed, like
`--version`, so they need no sub-command and work in the windowed app too.
"""

from __future__ import annotations

import argparse
import io
import os
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import sbcoder

TRANSCRIPT = (
    "Interviewer: Wat heeft de burendag opgeleverd?\n"
    "Bewoner: Het vertrouwen tussen de bewoners is gegroeid 😀, we groeten elkaar nu.\n"
    "Bewoner: Maar de gemeente geeft te weinig geld voor de activiteiten in de wijk.\n"
)
# Two passages and CIMO codes for them; the NLP check expects a passage about trust
# between residents to be ranked nearest the first code.
PASSAGES = {
    "Mechanisme/Versterkend": "Het vertrouwen tussen de bewoners is gegroeid",
    "Context": "de gemeente geeft te weinig geld voor de activiteiten",
}
QUERY = "De bewoners vertrouwen elkaar meer dan vroeger."
QUERY_EXPECTS = "Mechanisme/Versterkend"


class SelfTestError(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class Session:
    """What the checks share: the temporary folder and what earlier checks made."""

    folder: Path
    project_path: Path
    document_name: str = ""
    network_attempts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CheckResult:
    """One check: its name, time taken, what it found, and the error if it failed."""

    name: str
    seconds: float
    detail: str
    error: str = ""


def _fail_unless(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


@contextmanager
def no_network(attempts: list[str]) -> Iterator[None]:
    """Make every outgoing connection and name lookup fail, recording the attempt."""

    def refuse(what: str) -> Callable[..., Any]:
        def blocked(*args: object, **kwargs: object) -> Any:
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"sbcoder self-test: no network allowed ({what})")

        return blocked

    saved = {
        "connect": socket.socket.connect,
        "connect_ex": socket.socket.connect_ex,
        "create_connection": socket.create_connection,
        "getaddrinfo": socket.getaddrinfo,
    }
    socket.socket.connect = refuse("socket.connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse("socket.connect_ex")  # type: ignore[method-assign]
    socket.create_connection = refuse("create_connection")  # type: ignore[assignment]
    socket.getaddrinfo = refuse("getaddrinfo")  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.socket.connect = saved["connect"]  # type: ignore[method-assign]
        socket.socket.connect_ex = saved["connect_ex"]  # type: ignore[method-assign]
        socket.create_connection = saved["create_connection"]  # type: ignore[assignment]
        socket.getaddrinfo = saved["getaddrinfo"]  # type: ignore[assignment]


# -- the checks ---------------------------------------------------------------------------
def check_bundled_files(_session: Session) -> str:
    """The data files sbcoder reads at run time are where it looks for them."""
    from sbcoder.resources import RESOURCES_DIR

    migrations = Path(sbcoder.__file__).resolve().parent / "db" / "migrations"
    needed = [
        RESOURCES_DIR / "templates" / "cimo.json",
        RESOURCES_DIR / "i18n" / "sbcoder_nl.qm",
        RESOURCES_DIR / "i18n" / "sbcoder_en.qm",
        migrations / "env.py",
    ]
    missing = [str(p) for p in needed if not p.is_file()]
    _fail_unless(not missing, f"missing: {', '.join(missing)}")
    versions = sorted((migrations / "versions").glob("*.py"))
    _fail_unless(versions, f"no migration scripts in {migrations / 'versions'}")
    return f"template, translations, {len(versions)} migration(s)"


def check_create_project(session: Session) -> str:
    """A new project from the CIMO template (runs the Alembic migrations)."""
    from sbcoder.core.project import Project

    with Project.create(session.project_path, template="cimo") as project:
        codes = project.codebook.tree()
    _fail_unless(len(codes) > 4, f"the CIMO template gave {len(codes)} codes")
    return f"{session.project_path.name}, {len(codes)} codes"


def check_import(session: Session) -> str:
    """Reopen the project and import a generated transcript."""
    from sbcoder.cli.common import open_project

    source = session.folder / "interview.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    with open_project(str(session.project_path), "Self-test") as project:
        summary, _ = project.documents.import_files([source])
        _fail_unless(not summary.failures, f"import failed: {summary.failures}")
        (document,) = summary.imported
        text = project.documents.text(document.id)
    _fail_unless(text == TRANSCRIPT, "the imported text differs from the file")
    session.document_name = document.name
    return f"{document.name}, {len(text)} characters"


def check_coding(session: Session) -> str:
    """Code two passages and read the quotations back."""
    from sbcoder.cli.common import open_project

    with open_project(str(session.project_path), "Self-test") as project:
        document = project.documents.by_name(session.document_name)
        for path, passage in PASSAGES.items():
            start = TRANSCRIPT.index(passage)
            code = project.codebook.by_path(path)
            project.quotations.code_span(document.id, start, start + len(passage), code.id)
        quoted = {q.text for q in project.quotations.list()}
    _fail_unless(quoted == set(PASSAGES.values()), f"quotations read back: {sorted(quoted)}")
    return f"{len(quoted)} quotations"


def check_excel_export(session: Session) -> str:
    """Export the tables to .xlsx and find the quotations and version in the file."""
    import openpyxl

    from sbcoder.cli.common import open_project
    from sbcoder.core.export_tables import export_workbook

    target = session.folder / "tables.xlsx"
    with open_project(str(session.project_path), "Self-test") as project:
        export_workbook(project, target, language="en")
    workbook = openpyxl.load_workbook(target, read_only=True)
    try:
        cells = {
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        }
    finally:
        workbook.close()
    missing = [p for p in PASSAGES.values() if p not in cells]
    _fail_unless(not missing, f"{target.name} lacks the quotations {missing}")
    _fail_unless(sbcoder.__version__ in cells, f"{target.name} does not name the version")
    return f"{len(workbook.sheetnames)} sheets, {target.stat().st_size} bytes"


def check_main_window(session: Session) -> str:
    """Show the main window offscreen in Dutch with the project open, then close it."""
    from sbcoder.ui.app import create_application, install_language
    from sbcoder.ui.main_window import MainWindow
    from sbcoder.ui.settings import AppSettings

    app = create_application()
    settings = AppSettings(session.folder / "settings.ini")
    settings.coder_name = "Self-test"
    settings.language = "nl"
    _fail_unless(install_language("nl") == "nl", "the Dutch translation was not chosen")
    window = MainWindow(settings)
    try:
        window.show()
        window.ensure_coder()
        _fail_unless(window.open_project(session.project_path), "the window did not open it")
        app.processEvents()
        title = window.docks["documents"].windowTitle()
        _fail_unless(title == "Documenten", f"not translated: the Documents pane says {title!r}")
        shown = [d.name for d in window.documents_pane.model.documents()]
        _fail_unless(shown == [session.document_name], f"the documents pane lists {shown}")
        features = sorted(name.rsplit(".", 1)[-1] for name in window.features)
    finally:
        window.close()
        app.processEvents()
        install_language("en")
    _fail_unless(window.workbench.project is None, "closing the window left the project open")
    return f"platform {app.platformName()}, features: {', '.join(features) or 'none'}"


def check_suggestions(session: Session) -> str:
    """Load the spaCy pipeline and rank codes for a passage (suggest-codes)."""
    from sbcoder.cli.common import open_project
    from sbcoder.core.suggestions import CodeSuggester
    from sbcoder.nlp.pipeline import ENV_VAR, bundled_pipeline_paths

    with open_project(str(session.project_path), "Self-test") as project:
        suggester = CodeSuggester.build(project)
        ranked = suggester.rank(QUERY)
    pipeline = suggester.pipeline
    if bundled_pipeline_paths() and not os.environ.get(ENV_VAR) and pipeline.is_fallback:
        raise SelfTestError(f"the bundled pipeline did not load: {pipeline.reason}")
    _fail_unless(ranked, f"no code suggested for {QUERY!r} ({pipeline.name})")
    _fail_unless(
        ranked[0]["path"] == QUERY_EXPECTS,
        f"suggested {ranked[0]['path']!r} first, not {QUERY_EXPECTS!r} ({pipeline.name})",
    )
    return f"pipeline {pipeline.name}"


CHECKS: tuple[tuple[str, Callable[[Session], str]], ...] = (
    ("bundled files", check_bundled_files),
    ("create project", check_create_project),
    ("open and import", check_import),
    ("code passages", check_coding),
    ("Excel export", check_excel_export),
    ("main window", check_main_window),
    ("NLP suggestions", check_suggestions),
)


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check in a temporary folder; 0 when all pass, 1 at the first failure."""
    # A windowed Windows app has no sys.stdout: the exit status is then the answer.
    out, err = out or sys.stdout or io.StringIO(), err or sys.stderr or io.StringIO()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never show a window, even on a desktop
    frozen = "frozen app" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
    print(f"sbcoder {sbcoder.__version__} self-test ({frozen})", file=out, flush=True)
    started = time.perf_counter()
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="sbcoder-selftest-") as folder:
        session = Session(Path(folder), Path(folder) / "selftest.sbc")
        with no_network(session.network_attempts):
            for name, check in CHECKS:
                result = _run_check(name, check, session, err)
                results.append(result)
                status = "FAIL" if result.error else "ok"
                line = result.error or result.detail
                print(f"  {status:<4} {name:<16} {result.seconds:6.2f} s  {line}", file=out)
                out.flush()
                if result.error:
                    break
        if session.network_attempts and not any(r.error for r in results):
            results.append(
                CheckResult("offline", 0.0, "", f"network used: {session.network_attempts}")
            )
            print(f"  FAIL offline: {session.network_attempts}", file=out)
    total = time.perf_counter() - started
    failed = [r for r in results if r.error]
    if failed:
        print(f"self-test FAILED at '{failed[0].name}': {failed[0].error}", file=err)
        return 1
    print(f"self-test passed: {len(results)} checks in {total:.1f} s, offline", file=out)
    return 0


def _run_check(name: str, check: Callable[[Session], str], session: Session, err: TextIO):
    started = time.perf_counter()
    try:
        detail = check(session)
    except Exception as error:  # report any failure as one line; the trace goes to stderr
        if not isinstance(error, SelfTestError):
            traceback.print_exc(file=err)
        lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
        # Some messages (numpy's ImportError) put the cause on their last line.
        reason = " … ".join(dict.fromkeys([lines[0], lines[-1]])) if lines else ""
        if not isinstance(error, SelfTestError):
            reason = f"{type(error).__name__}: {reason}"
        return CheckResult(name, time.perf_counter() - started, "", reason)
    return CheckResult(name, time.perf_counter() - started, detail)


# -- start-up time ------------------------------------------------------------------------
def seconds_since_process_start() -> float | None:
    """How long this process has run (Linux, from /proc); None where that is unknown."""
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError):
        return None
    # Field 22 (start time in clock ticks after boot) counted after the ")" that ends
    # the command name, which may itself contain spaces.
    start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def run_startup_probe(project: str | None = None, out: TextIO | None = None) -> int:
    """Start the app as `sbcoder [PROJECT]` does, with throw-away settings, print the
    seconds from process start until the main window is shown and painted, and end the
    process (without waiting for the background work that start-up began)."""
    out = out or sys.stdout
    if project and not Path(project).is_file():  # the app would stop at a message box
        print(f"startup-probe: no project file {project}", file=sys.stderr)
        return 1
    entered = time.perf_counter()
    from sbcoder.ui.app import create_application, install_language
    from sbcoder.ui.main_window import MainWindow
    from sbcoder.ui.settings import AppSettings

    with tempfile.TemporaryDirectory(prefix="sbcoder-probe-") as folder:
        app = create_application()
        settings = AppSettings(Path(folder) / "settings.ini")
        settings.coder_name = "probe"
        install_language(settings.language)
        window = MainWindow(settings)
        window.show()
        window.ensure_coder()
        if project and not window.open_project(Path(project)):
            print(f"startup-probe: could not open {project}", file=sys.stderr)
            return 1
        window.start_background_tasks()
        app.processEvents()  # one pass of the event loop: the window is laid out and painted
        since_start = seconds_since_process_start()
        in_sbcoder = time.perf_counter() - entered
        shown = f"{since_start:.2f} s after the process started" if since_start else "shown"
        # CPU seconds (all threads) tell start-up cost apart from waiting for a busy CPU.
        print(
            f"startup-probe: main window {shown} ({in_sbcoder:.2f} s in the probe, "
            f"{time.process_time():.2f} s CPU; platform {app.platformName()})",
            file=out,
            flush=True,
        )
        window.close_project()
    # spaCy is still loading in the background, and closing the window would wait for it
    # (seconds that are no part of start-up): leave at once, as the measurement is done.
    os._exit(0)


class _RunAndExit(argparse.Action):
    """An option that runs a function while parsing and exits with its status."""

    def __init__(self, *args: Any, run: Callable[[Sequence[str] | str | None], int], **kw: Any):
        self.run = run
        super().__init__(*args, **kw)

    def __call__(self, parser: argparse.ArgumentParser, _ns: object, values: Any, _opt=None):
        parser.exit(self.run(values))


def add_check_options(parser: argparse.ArgumentParser) -> None:
    """Add --self-test and --startup-probe to sbcoder's parser."""
    parser.add_argument(
        "--self-test",
        action=_RunAndExit,
        nargs=0,
        run=lambda _values: run_self_test(),
        help="check this installation offline in a temporary folder, then exit",
    )
    parser.add_argument(
        "--startup-probe",
        action=_RunAndExit,
        nargs="?",
        metavar="PROJECT",
        run=lambda project: run_startup_probe(project),
        help="start the app, quit once the window is shown, print the start-up time",
    )
