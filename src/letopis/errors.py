"""Named exceptions: each says what went wrong with which input."""


class LetopisError(Exception):
    """Base for every error letopis raises on purpose."""


class InputError(LetopisError):
    """An input could not be read: missing, binary, empty, truncated, undecodable."""


class EncodingError(InputError):
    """Bytes that decode to no plausible text in any encoding we know."""


class TooLargeError(InputError):
    """An input above the configured size limit."""


class EmptyDocumentError(InputError):
    """Nothing left after cleaning."""


class StoreError(LetopisError):
    """The database could not be read or written."""
