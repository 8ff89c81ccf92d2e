"""Every error and warning the kit raises on purpose, defined once.

Every message says what went wrong and what to do next. Other modules import
these classes from here (and some re-export them under their old names, such as
``kitlib.words.ShortTextWarning``, which is this same class), so filtering one
warning silences it everywhere:

>>> import warnings
>>> from kitlib import errors, words
>>> words.ShortTextWarning is errors.ShortTextWarning
True
>>> issubclass(errors.NotEnglishError, errors.ArticleError)
True
"""

__all__ = [
    "AgreementError",
    "ArticleError",
    "CodingError",
    "DataFileChanged",
    "EncodingGuessWarning",
    "KitError",
    "LaunchError",
    "NonEnglishWarning",
    "NotEnglishError",
    "ShortTextWarning",
]


# --------------------------------------------------------------------------
# Errors: the kit stops and says what to do.


class KitError(Exception):
    """Base class for every error the kit raises on purpose."""


class ArticleError(KitError, ValueError):
    """An article could not be loaded or analysed (missing, empty, binary, ...)."""


class NotEnglishError(ArticleError):
    """The text does not look like English; the kit's analyses only work on English."""


class DataFileChanged(KitError):
    """A file under data/ no longer matches its checksum in the manifest."""


class CodingError(KitError, ValueError):
    """A coding sheet cannot be used as it is (unknown question, answer not yes/no)."""


class AgreementError(KitError, ValueError):
    """The codes cannot be compared (different lengths, nothing to compare)."""


class LaunchError(KitError):
    """A launch link cannot be made (for example, an unsupported repository address)."""


# --------------------------------------------------------------------------
# Warnings: the kit goes on, and says what to keep in mind.


class ShortTextWarning(UserWarning):
    """The text is so short that the kit's figures (or a word comparison) mean little."""


class NonEnglishWarning(UserWarning):
    """The text does not look like English, so English-only figures may be meaningless."""


class EncodingGuessWarning(UserWarning):
    """A file was not UTF-8, so the kit guessed its encoding; check the text reads well."""
