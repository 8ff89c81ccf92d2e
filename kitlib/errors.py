"""Every error and warning the kit raises on purpose, defined once.

Every message says what went wrong and what to do next. Every other module
imports these classes from here. Every error the kit raises on purpose is a
:class:`KitError`, and every warning a :class:`KitWarning`, so one line silences
all of the kit's warnings (a teacher who has read them once, say):

>>> import warnings
>>> from kitlib import errors
>>> warnings.simplefilter("ignore", errors.KitWarning)
>>> issubclass(errors.ShortTextWarning, errors.KitWarning)
True
>>> issubclass(errors.NotEnglishError, errors.ArticleError)
True
>>> warnings.resetwarnings()
"""

import warnings

__all__ = [
    "AgreementError",
    "ArticleError",
    "CodingError",
    "DataFileChanged",
    "EncodingGuessWarning",
    "KitError",
    "KitWarning",
    "LaunchError",
    "NonEnglishWarning",
    "NotEnglishError",
    "RenamedWarning",
    "ShortTextWarning",
    "WrongTableWarning",
    "retired",
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


class KitWarning(UserWarning):
    """Base class for every warning the kit gives: ``warnings.simplefilter("ignore",
    KitWarning)`` silences them all."""


class ShortTextWarning(KitWarning):
    """The text is so short that the kit's figures (or a word comparison) mean little."""


class NonEnglishWarning(KitWarning):
    """The text does not look like English, so English-only figures may be meaningless."""


class RenamedWarning(KitWarning, FutureWarning):
    """A function was renamed or moved; the old name still works for now (CHANGELOG.md)."""


class WrongTableWarning(KitWarning):
    """A table written for other articles was used (the bundled actor table on another text)."""


class EncodingGuessWarning(KitWarning):
    """A file was not UTF-8, so the kit guessed its encoding; check the text reads well."""


def retired(old: str, new: str, function):
    """A thin stand-in for a retired name: it warns (:class:`RenamedWarning`, listed in
    CHANGELOG.md) and calls ``function``, the one that replaces it.

    >>> import warnings
    >>> old = retired("kitlib.example.old", "kitlib.example.new", lambda x: x + 1)
    >>> with warnings.catch_warnings(record=True) as seen:
    ...     warnings.simplefilter("always")
    ...     old(1), seen[0].category.__name__
    (2, 'RenamedWarning')
    """

    def stand_in(*args, **kwargs):
        warnings.warn(
            f"{old} is now {new}; the old name will be removed in a later version "
            "(see CHANGELOG.md).",
            RenamedWarning,
            stacklevel=2,
        )
        return function(*args, **kwargs)

    stand_in.__name__ = old.rsplit(".", 1)[-1]
    stand_in.__qualname__ = stand_in.__name__
    stand_in.__doc__ = f"Retired: use :func:`{new}` (this name warns and calls it)."
    stand_in.__wrapped__ = function  # type: ignore[attr-defined]
    return stand_in
