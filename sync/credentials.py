"""The sync token in the operating system's password store (keyring), never in the database.

Entries live under service ``RepDesk``, key ``"<server url>|<login>"``. A machine without a
usable store (no desktop session: keyring's fail backend, a locked or broken store) is not an
error: :func:`save_token` says so by returning False, and the caller keeps the token in memory
for this run and asks for the password again next time.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "RepDesk"
NO_STORE_MESSAGE = (
    "no secure password store on this machine; the password will be asked again next time"
)


def entry_key(server_url: str, login: str) -> str:
    """The keyring key of a login on a server."""
    return f"{server_url}|{login}"


def load_token(server_url: str, login: str) -> str | None:
    """The stored token of ``login`` on ``server_url``, or None (none stored, or no store)."""
    try:
        return keyring.get_password(SERVICE, entry_key(server_url, login))
    except (KeyringError, OSError, RuntimeError):
        return None


def save_token(server_url: str, login: str, token: str) -> bool:
    """Store the token; False when this machine has no usable password store."""
    try:
        keyring.set_password(SERVICE, entry_key(server_url, login), token)
    except (KeyringError, OSError, RuntimeError):
        return False
    return True


def forget_token(server_url: str, login: str) -> None:
    """Remove a stored token (a refused one); nothing happens when none is stored."""
    with contextlib.suppress(PasswordDeleteError, KeyringError, OSError, RuntimeError):
        keyring.delete_password(SERVICE, entry_key(server_url, login))
