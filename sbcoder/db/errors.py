"""Errors of the data layer; the core re-exports them with the same meaning."""


class ProjectFileError(Exception):
    """The project file cannot be used; the message names the file and says why."""


class NotAProjectError(ProjectFileError):
    """The file is damaged, empty, or not an sbcoder project. It was left untouched."""


class NewerSchemaError(ProjectFileError):
    """The project was written by a newer sbcoder whose schema this version does not know."""


class ProjectExistsError(ProjectFileError):
    """A new project was asked for where a file already exists."""
