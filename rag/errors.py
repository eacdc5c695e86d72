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


class AdminDisabledError(RagError):
    """Corpus changes over HTTP are off: no admin token is configured."""


class AuthError(RagError):
    """The request carries no admin token, or a wrong one."""


class RateLimitedError(RagError):
    """Too many failed token attempts from one client; try again after ``retry_after`` s."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ArticleRejectedError(RagError):
    """A submitted article or file cannot become an article (empty, binary, unparseable)."""


class ArticleTooLargeError(RagError):
    """A submitted article or file is over the corpus size limit."""


class UnknownDocumentError(RagError):
    """No article in the corpus has the given id."""
