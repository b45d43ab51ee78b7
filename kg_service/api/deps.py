"""FastAPI dependencies: the application layer, built once by ``kg_service.server.create_app``."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kg_service.service import Service


def service(request: Request) -> Service:
    return request.app.state.sfkg


ServiceDep = Annotated[Service, Depends(service)]
