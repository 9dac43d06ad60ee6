"""Offsets are code points into the stored text, whatever the text holds."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbcoder.core.project import Project

# Text with astral characters (emoji, maths letters, CJK extension B), combining
# accents, CRLF and lone CR: everything that makes UTF-16 and code points disagree.
pieces = st.sampled_from(
    ["buurt", " ", "é", "e\u0301", "😀", "👩‍👩‍👧", "𝔸", "𠀀", "\r\n", "\r", "\n", "ĳ", "’", "Ë"]
)
texts = st.lists(pieces, min_size=1, max_size=60).map("".join).filter(lambda t: t.strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, data=st.data())
def test_quotation_text_equals_the_slice_it_names(text: str, data: st.DataObject) -> None:
    stored = text.replace("\r\n", "\n").replace("\r", "\n")
    start = data.draw(st.integers(0, len(stored) - 1))
    end = data.draw(st.integers(start + 1, len(stored)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.sbc"
        with Project.create(path) as project:
            project.coders.set_current("A")
            doc = project.documents.add_text("d", text).value
            assert doc.length == len(stored)
            code = project.codebook.create("c").value
            project.quotations.code_span(doc.id, start, end, code.id)
        with Project.open(path) as reopened:
            (quotation,) = reopened.quotations.list()
            assert reopened.documents.text(doc.id) == stored
            assert (quotation.start, quotation.end) == (start, end)
            assert quotation.text == stored[start:end]
            assert reopened.quotations.get(quotation.id).text == stored[start:end]
