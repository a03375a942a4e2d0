"""All services over one open store: what the app window and the CLI are handed."""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldkit.services.attachments import AttachmentService
from fieldkit.services.concerns import ConcernService
from fieldkit.services.evidence import EvidenceService
from fieldkit.services.export import ExportService, ReceiptService
from fieldkit.services.findings import FindingService
from fieldkit.services.frameworks import FrameworkService
from fieldkit.services.inspections import InspectionService
from fieldkit.services.judgements import JudgementService
from fieldkit.services.keys import KeyService
from fieldkit.services.purge import PurgeService
from fieldkit.services.recommendations import RecommendationService
from fieldkit.services.reports import ReportService
from fieldkit.services.store import OpenStore
from fieldkit.services.team_import import TeamService


@dataclass
class Services:
    store: OpenStore
    frameworks: FrameworkService
    inspections: InspectionService
    evidence: EvidenceService = field(init=False)  # evidence items, register, sample plan (issue 3)
    judgements: JudgementService = field(init=False)  # judgements, decision support, moderation (issue 4)
    concerns: ConcernService = field(init=False)  # safeguarding escalations
    findings: FindingService = field(init=False)
    recommendations: RecommendationService = field(init=False)
    keys: KeyService = field(init=False)  # bundles: signing key, export and receipts (issue 5)
    export: ExportService = field(init=False)
    receipts: ReceiptService = field(init=False)
    team: TeamService = field(init=False)  # teammates' bundles and conflicts on the lead's laptop (issue 5)
    attachments: AttachmentService = field(init=False)  # files attached to evidence, encrypted in the store
    purge: PurgeService = field(init=False)  # removing versions central has acknowledged
    reports: ReportService = field(init=False)  # the PDF outputs (issue 6)

    def __post_init__(self) -> None:
        self.keys = KeyService(self.store)
        self.export = ExportService(self.store, self.keys)
        self.receipts = ReceiptService(self.store, self.keys)
        self.attachments = AttachmentService(self.store)
        self.purge = PurgeService(self.store)

    @classmethod
    def over(cls, store: OpenStore) -> Services:
        frameworks = FrameworkService(store.engine, store)
        inspections = InspectionService(store, frameworks)
        services = cls(store=store, frameworks=frameworks, inspections=inspections)
        services.evidence = EvidenceService(store, inspections, frameworks)
        services.team = TeamService(store, services.keys, services.evidence, frameworks)
        services.judgements = JudgementService(store, inspections, services.evidence)
        services.concerns = ConcernService(store, inspections)
        services.findings = FindingService(store, inspections, services.evidence)
        services.recommendations = RecommendationService(store, inspections)
        services.reports = ReportService(services)
        return services
