"""The kit's own errors. Every message says what went wrong and what to do next."""


class KitError(Exception):
    """Base class for every error the kit raises on purpose."""


class ArticleError(KitError, ValueError):
    """An article could not be loaded or analysed (missing, empty, binary, ...)."""
