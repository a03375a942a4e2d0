"""All services over one open store: what the app window and the CLI are handed."""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldkit.services.evidence import EvidenceService
from fieldkit.services.export import ExportService, ReceiptService
from fieldkit.services.frameworks import FrameworkService
from fieldkit.services.inspections import InspectionService
from fieldkit.services.keys import KeyService
from fieldkit.services.store import OpenStore


@dataclass
class Services:
    store: OpenStore
    frameworks: FrameworkService
    inspections: InspectionService
    evidence: EvidenceService = field(init=False)  # evidence items, register, sample plan (issue 3)
    keys: KeyService = field(init=False)  # bundles: signing key, export and receipts (issue 5)
    export: ExportService = field(init=False)
    receipts: ReceiptService = field(init=False)

    def __post_init__(self) -> None:
        self.keys = KeyService(self.store)
        self.export = ExportService(self.store, self.keys)
        self.receipts = ReceiptService(self.store, self.keys)

    @classmethod
    def over(cls, store: OpenStore) -> Services:
        frameworks = FrameworkService(store.engine)
        inspections = InspectionService(store, frameworks)
        services = cls(store=store, frameworks=frameworks, inspections=inspections)
        services.evidence = EvidenceService(store, inspections, frameworks)
        return services
