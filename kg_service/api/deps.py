"""FastAPI dependencies: the shared state, set by the app's lifespan."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kg_service.api.state import ServiceState


def state(request: Request) -> ServiceState:
    return request.app.state.sfkg


StateDep = Annotated[ServiceState, Depends(state)]
