"""Fixtures for core tests (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sbcoder.core.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """An empty project with a current coder."""
    with Project.create(tmp_path / "test.sbc") as created:
        created.coders.set_current("Anna")
        yield created


@pytest.fixture
def cimo_project(tmp_path: Path) -> Iterator[Project]:
    """A project made from the CIMO template, with a current coder."""
    with Project.create(tmp_path / "cimo.sbc", template="cimo") as created:
        created.coders.set_current("Anna")
        yield created
