"""REFI-QDA exchange: the one module the core needs to import.

``write_qdpx`` / ``write_qdc`` turn a ``interchange.ProjectSnapshot`` into a project
(.qdpx) or codebook (.qdc) file; ``read_qdpx`` / ``read_qdc`` read them back, from
sbcoder or from ATLAS.ti, NVivo, MAXQDA, QualCoder and others. See the modules named
below for the details.
"""

from __future__ import annotations

from sbcoder.formats.qdpx_codebook import write_qdc
from sbcoder.formats.qdpx_common import ExportReport, ImportReport, QdpxError
from sbcoder.formats.qdpx_dialect import PositionDialect
from sbcoder.formats.qdpx_read import merge_duplicate_quotations, read_qdc, read_qdpx
from sbcoder.formats.qdpx_safety import DEFAULT_MAX_UNPACKED_BYTES
from sbcoder.formats.qdpx_validate import InvalidSnapshotError, validate_snapshot
from sbcoder.formats.qdpx_write import write_qdpx

__all__ = [
    "DEFAULT_MAX_UNPACKED_BYTES",
    "ExportReport",
    "ImportReport",
    "InvalidSnapshotError",
    "PositionDialect",
    "QdpxError",
    "merge_duplicate_quotations",
    "read_qdc",
    "read_qdpx",
    "validate_snapshot",
    "write_qdc",
    "write_qdpx",
]
