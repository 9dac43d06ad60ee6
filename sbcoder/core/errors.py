"""Errors the core raises; each message is one line a user can read."""

from sbcoder.db.errors import (
    NewerSchemaError,
    NotAProjectError,
    ProjectExistsError,
    ProjectFileError,
)

__all__ = [
    "ConflictError",
    "NewerSchemaError",
    "NotAProjectError",
    "NotFoundError",
    "ProjectExistsError",
    "ProjectFileError",
    "SbcoderError",
    "ValidationError",
]


class SbcoderError(Exception):
    """Base of the core's own errors."""


class NotFoundError(SbcoderError, LookupError):
    """A document, code, quotation … that does not exist (any more)."""


class ValidationError(SbcoderError, ValueError):
    """Input that the core refuses: bad offsets, an empty name, a colour that isn't one."""


class ConflictError(SbcoderError):
    """The action would clash with what is there: a duplicate name, a cycle in the tree."""
