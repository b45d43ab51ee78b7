"""FastAPI dependencies: the application layer, built once by ``kg_service.server.create_app``."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kg_service.service import Service


async def service(request: Request) -> Service:
    # async: a plain attribute read, so FastAPI runs it on the event loop; a sync dependency costs every
    # request a hop through the thread pool, which under load waits for the GIL behind the costly routes
    return request.app.state.sfkg


ServiceDep = Annotated[Service, Depends(service)]
