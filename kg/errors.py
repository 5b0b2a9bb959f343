"""The one error type users see: its message is printed as a single line and the command exits 2."""


class KgError(Exception):
    """Bad input or a failed operation that the user can act on."""
