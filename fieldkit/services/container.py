"""All services over one open store: what the app window and the CLI are handed."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.services.frameworks import FrameworkService
from fieldkit.services.inspections import InspectionService
from fieldkit.services.store import OpenStore


@dataclass
class Services:
    store: OpenStore
    frameworks: FrameworkService
    inspections: InspectionService

    @classmethod
    def over(cls, store: OpenStore) -> Services:
        frameworks = FrameworkService(store.engine)
        return cls(store=store, frameworks=frameworks, inspections=InspectionService(store, frameworks))
