"""The .sbc file: creation, checks on open, migrations, the lock."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sbcoder.core.errors import NewerSchemaError, NotAProjectError, ProjectExistsError
from sbcoder.core.project import Project
from sbcoder.db import project_file
from sbcoder.db.project_file import SCHEMA_HEAD, alembic_head


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_head_constant_matches_the_migrations() -> None:
    assert alembic_head() == SCHEMA_HEAD


def test_new_project_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.sbc", name="Samen Buurten") as project:
        with project.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert project.info()["name"] == "Samen Buurten"
        assert project.info()["application"] == "sbcoder"


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """A schema built by Alembic equals the models: no change left un-migrated."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sbcoder.db.models import Base

    with Project.create(tmp_path / "p.sbc") as project, project.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "exists.sbc"
    target.write_text("mine")
    with pytest.raises(ProjectExistsError):
        Project.create(target)
    assert target.read_text() == "mine"


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"", "empty"),
        (b"hello, I am a text file\n" * 10, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x07" * 2000, "damaged"),
    ],
)
def test_bad_files_are_refused_and_untouched(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.sbc"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(NotAProjectError, match=reason):
        Project.open(path)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE things (x)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NotAProjectError, match="not an sbcoder project"):
        Project.open(path)
    assert digest(path) == before


def test_a_zip_named_sbc_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.sbc"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "x")
    with pytest.raises(NotAProjectError):
        Project.open(path)


def test_a_truncated_project_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.sbc"
    with Project.create(path, template="cimo") as project:
        project.documents.add_text("a", "tekst " * 5000)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    before = digest(path)
    with pytest.raises(NotAProjectError):
        Project.open(path)
    assert digest(path) == before


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.sbc"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="newer sbcoder"):
        Project.open(path)
    assert digest(path) == before


def test_an_older_schema_is_backed_up_and_migrated(tmp_path: Path, monkeypatch) -> None:
    """Pretend 0001 is old: a fake 0002 adds a column; opening backs up, then migrates."""
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    source = project_file.MIGRATIONS
    for name in ("env.py", "script.py.mako"):
        (tmp_path / "migrations" / name).write_text((source / name).read_text())
    for file in (source / "versions").glob("*.py"):
        (versions / file.name).write_text(file.read_text())
    (versions / "0002_test.py").write_text(
        'revision = "0002"\ndown_revision = "0001"\nbranch_labels = None\n'
        "depends_on = None\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
        "def upgrade():\n    op.add_column('cases', sa.Column('extra', sa.Text()))\n\n"
        "def downgrade():\n    op.drop_column('cases', 'extra')\n"
    )
    path = tmp_path / "old.sbc"
    with Project.create(path) as project:
        project.organising.create_case("Nijkerk")
    monkeypatch.setattr(project_file, "MIGRATIONS", tmp_path / "migrations")
    monkeypatch.setattr(project_file, "SCHEMA_HEAD", "0002")
    monkeypatch.setattr(project_file, "KNOWN_REVISIONS", ("0001", "0002"))
    project = Project.open(path)
    try:
        assert project.migrated_from == "0001"
        assert project.backup_path is not None and project.backup_path.exists()
        assert [c.name for c in project.organising.cases()] == ["Nijkerk"]
        with project.engine.connect() as connection:
            columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(cases)")]
            assert "extra" in columns
    finally:
        project.close()
    backup = sqlite3.connect(project.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    backup.close()


def test_a_second_process_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "shared.sbc"
    Project.create(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom sbcoder.core.project import Project\n"
            f"p = Project.open({str(path)!r})\nprint('open', flush=True)\ntime.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with Project.open(path) as second:
            assert second.in_use_elsewhere
            assert "open in another sbcoder" in (second.in_use_warning or "")
    finally:
        holder.kill()
        holder.wait()
    with Project.open(path) as alone:
        assert not alone.in_use_elsewhere


def test_every_edit_is_on_disk_at_once(tmp_path: Path) -> None:
    """No Save step: another connection sees an edit as soon as the call returns."""
    path = tmp_path / "p.sbc"
    with Project.create(path) as project:
        project.codebook.create("Vertrouwen")
        reader = sqlite3.connect(path)
        assert reader.execute("SELECT name FROM codes").fetchall() == [("Vertrouwen",)]
        reader.close()


def test_file_names_with_url_characters(tmp_path: Path) -> None:
    path = tmp_path / "wijk?a=1 %20 #2.sbc"
    with Project.create(path) as project:
        project.codebook.create("Vertrouwen")
    assert path.exists()
    with Project.open(path) as project:
        assert [c.name for c in project.codebook.tree()] == ["Vertrouwen"]
