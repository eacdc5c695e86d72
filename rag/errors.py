"""Errors: the specific failures internal code raises; the CLI and API turn them into words."""


class RagError(Exception):
    """Base class: every error a user may see, with a message that says what to do."""


class CorpusError(RagError):
    """The corpus as a whole cannot be used (missing folder, no readable article)."""


class IndexMissingError(RagError):
    """No built index exists where one was expected."""


class IndexCorruptError(RagError):
    """An index generation fails its manifest checks (checksums, counts, dimension, model)."""


class ModelLoadError(RagError):
    """The embedding model could not be loaded from the given path or name."""


class BuildError(RagError):
    """A rebuild could not complete; the previous generation keeps serving."""
