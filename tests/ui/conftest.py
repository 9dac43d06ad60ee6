import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from sbcoder.core.project import Project  # noqa: E402


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A fresh project with the CIMO codebook and "Tester" as the current coder."""
    opened = Project.create(tmp_path / "test.sbc", template="cimo")
    opened.coders.set_current("Tester")
    try:
        yield opened
    finally:
        opened.close()
