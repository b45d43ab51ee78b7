"""The shared state of the service is the application layer (``kg_service.service.Service``)."""
from kg_service.service import Service as ServiceState

__all__ = ["ServiceState"]
