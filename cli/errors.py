"""The one exception headless commands raise for problems the user can fix."""

from __future__ import annotations


class CliError(Exception):
    """A one-line message naming the problem (file, row, field); ``status`` is the exit code."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status
