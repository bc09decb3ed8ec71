"""Exceptions services raise for problems the user can fix."""

from __future__ import annotations

from domain.validation import FieldError


class ValidationFailed(ValueError):
    """The values given fail validation; ``errors`` names every field at fault."""

    def __init__(self, table: str, errors: list[FieldError]) -> None:
        self.table = table
        self.errors = errors
        super().__init__("; ".join(e.text("en") for e in errors))

    def by_field(self, lang: str = "en") -> dict[str, str]:
        """One message per field, for showing inline beside each form field."""
        out: dict[str, str] = {}
        for e in self.errors:
            out.setdefault(e.field, e.text(lang))
        return out
