"""The sync protocol's messages (docs/sync-protocol.md), shared by client and server.

Pydantic models only: no HTTP, no database. Field values inside ``fields`` are in their JSON
form (``domain/codec.py``); the server checks them against ``domain.records``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-RepDesk-Protocol"
SCHEMA_HEADER = "X-RepDesk-Schema"
MAX_BATCH_CHANGES = 1_000
MAX_BATCH_BYTES = 4 * 1024 * 1024
DEFAULT_PULL_LIMIT = 2_000
MAX_PULL_LIMIT = 10_000

Status = Literal["applied", "merged", "conflict", "rejected"]


class _Message(BaseModel):
    """A request: the server refuses fields it does not know."""

    model_config = ConfigDict(extra="forbid")


class _Answer(BaseModel):
    """A response: an older client ignores fields a newer server adds."""

    model_config = ConfigDict(extra="ignore")


class LoginRequest(_Message):
    """Ask for a token."""

    login: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class RepPublic(_Answer):
    """What any rep may know about a rep."""

    id: str
    login: str
    display_name: str


class LoginResponse(_Answer):
    """A bearer token and who it belongs to."""

    token: str
    expires_at: str
    rep: RepPublic


class Change(_Message):
    """One pending edit of one record, as pushed."""

    change_id: str = Field(min_length=1, max_length=36)
    table: str = Field(min_length=1, max_length=40)
    row_id: str = Field(min_length=1, max_length=36)
    base_version: int = Field(ge=0)
    fields: dict[str, Any]
    field_times: dict[str, str] = Field(default_factory=dict)
    changed_at: str


class PushRequest(_Message):
    """A batch of changes (at most MAX_BATCH_CHANGES)."""

    epoch: str | None = None
    changes: list[Change] = Field(max_length=MAX_BATCH_CHANGES)


class ConflictInfo(_Answer):
    """A value that lost a same-field merge (or an edit of a deleted record)."""

    id: str
    table: str
    row_id: str
    field: str
    kept: Any
    lost: Any
    kept_by: str | None = None
    lost_by: str | None = None
    kept_at: str | None = None
    lost_at: str | None = None
    seq: int = 0


class ChangeResult(_Answer):
    """What became of one pushed change."""

    change_id: str
    status: Status
    version: int | None = None
    reason: str | None = None
    conflicts: list[ConflictInfo] = Field(default_factory=list)


class PushResponse(_Answer):
    """One result per pushed change, in order."""

    epoch: str
    results: list[ChangeResult]


class PullRequest(_Message):
    """Ask for records in scope changed since a checkpoint."""

    epoch: str | None = None
    since: int = Field(ge=0)
    limit: int = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)
    tables: list[str] | None = None


class RecordState(_Answer):
    """A record's current state on the server."""

    table: str
    id: str
    version: int
    deleted: bool
    fields: dict[str, Any]


class PullResponse(_Answer):
    """One page of a pull."""

    epoch: str
    records: list[RecordState]
    conflicts: list[ConflictInfo] = Field(default_factory=list)
    revoked: list[str] = Field(default_factory=list)
    checkpoint: int
    more: bool


class VerifyRequest(_Message):
    """Ask for per-table counts and hashes of the records in scope."""

    tables: list[str]


class TableDigest(_Answer):
    """Row count and SHA-256 of the sorted ``id:version`` lines of one table in scope."""

    count: int
    hash: str


class VerifyResponse(_Answer):
    """Digests by table."""

    epoch: str
    tables: dict[str, TableDigest]


class ErrorBody(_Answer):
    """Every error answer: one line naming the problem."""

    detail: str


def digest_lines(pairs: list[tuple[str, int]]) -> str:
    """The verification hash: SHA-256 over sorted ``id:version`` lines."""
    import hashlib

    h = hashlib.sha256()
    for row_id, version in sorted(pairs):
        h.update(f"{row_id}:{version}\n".encode())
    return h.hexdigest()
