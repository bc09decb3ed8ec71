"""``/api/v1/health`` (no auth) and ``/api/v1/me``."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from server.db import epoch_and_base
from server.deps import CurrentRep, EngineDep, check_protocol_if_given
from sync.protocol import ErrorBody, RepPublic

router = APIRouter(prefix="/api/v1", tags=["meta"], dependencies=[Depends(check_protocol_if_given)])


class Health(BaseModel):
    """The server is up and its database answers."""

    status: str
    epoch: str
    # The last seq of the database this epoch began from (0 unless restored from a backup):
    # a client's records with a newer version were lost by the restore and are sent again.
    epoch_base: int = 0


@router.get("/health", response_model=Health, responses={503: {"model": ErrorBody}})
def health(engine: EngineDep) -> Health:
    """Whether the server and its database work, and the database's epoch."""
    try:
        with engine.connect() as conn:
            value, base = epoch_and_base(conn)
    except Exception as exc:  # noqa: BLE001 - any database failure means "not healthy"
        raise HTTPException(503, "the database does not answer") from exc
    return Health(status="ok", epoch=value, epoch_base=base)


@router.get("/me", response_model=RepPublic, responses={401: {"model": ErrorBody}})
def me(rep: CurrentRep) -> RepPublic:
    """The rep the token belongs to."""
    return RepPublic(id=rep.id, login=rep.login, display_name=rep.display_name)
