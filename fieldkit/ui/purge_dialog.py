"""Purging from this laptop the record versions central has acknowledged: the dry run first, then Remove.

The dialog reads the plan in the background and shows it; Remove purges exactly what was shown (the
service refuses if that changed meanwhile, and the dialog reads the plan again).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class PurgeDialog(QDialog):
    def __init__(self, services, inspection_uuid: str, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.inspection_uuid, self.tasks = services, inspection_uuid, tasks
        self.report = None
        self.done_report = None
        self.setWindowTitle(self.tr("Purge acknowledged versions"))
        self.resize(560, 360)
        intro = QLabel(self.tr(
            "Removes from this laptop the versions of this inspection's records that central has acknowledged "
            "in a receipt and that nothing here still needs. What each record shows now, both sides of a "
            "conflict and the version Restore would bring back always stay, and so does anything not yet "
            "acknowledged."))
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("What a purge would remove"))
        self.buttons = QDialogButtonBox()
        self.remove_button = QPushButton(self.tr("&Remove them"))
        self.remove_button.setAccessibleName(self.tr("Remove the acknowledged versions listed"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)

    def entity_label(self, entity: str) -> str:
        return {"evidence": self.tr("evidence items"), "judgement": self.tr("judgements"),
                "concern": self.tr("safeguarding concerns"), "finding": self.tr("findings"),
                "recommendation": self.tr("recommendations"), "inspection": self.tr("the inspection"),
                "question_set": self.tr("question sets"), "sample_target": self.tr("sample plan targets"),
                "child": self.tr("children"), "site": self.tr("sites"),
                "team_member": self.tr("team members"), "attachment": self.tr("attachment links"),
                "never_write": self.tr("never-to-write names"),
                "recommendation_response": self.tr("responses to recommendations"),
                }.get(entity, entity.replace("_", " "))

    def reason_label(self, reason: str) -> str:
        return {"not acknowledged by central": self.tr("not yet acknowledged by central"),
                "shown now": self.tr("what a record shows now"),
                "a current version (conflict)": self.tr("a side of an open conflict"),
                "kept for Restore": self.tr("kept so a deleted item can be restored"),
                "built on a version that stays": self.tr("a later version that stays was built on it")}.get(
            reason, reason)

    def start(self) -> None:
        self.remove_button.setEnabled(False)
        self.summary.setText(self.tr("Reading what may be removed…"))
        service, insp = self.services.purge, self.inspection_uuid
        self.tasks.submit(lambda: service.plan(insp), on_done=self._on_plan, uses_db=False)

    def _on_plan(self, future) -> None:
        if future.exception() is not None:
            self.summary.setText(self.tr("Could not read what may be removed: %1").replace(
                "%1", str(future.exception())))
            return
        self.report = future.result()
        self.summary.setText(self._describe(self.report, removed=False))
        self.remove_button.setEnabled(self.report.count > 0)

    def _describe(self, report, *, removed: bool) -> str:
        if removed:
            head = self.tr("Removed %1 versions and %2 attached files.")
        elif report.count:
            head = self.tr("%1 versions and %2 attached files can be removed.")
        else:
            head = self.tr("Nothing can be removed now.")
        lines = [head.replace("%1", str(report.count)).replace("%2", str(report.attachments))]
        lines += [f"  • {self.entity_label(entity)}: {n}" for entity, n in report.by_entity.items()]
        if report.kept:
            lines.append(self.tr("Kept:"))
            lines += [f"  • {self.reason_label(reason)}: {n}" for reason, n in report.kept.items()]
        return "\n".join(lines)

    def remove(self) -> None:
        if self.report is None or not self.report.count:
            return
        self.remove_button.setEnabled(False)
        self.summary.setText(self.tr("Removing…"))
        service, insp, expected = self.services.purge, self.inspection_uuid, self.report
        self.tasks.submit(lambda: service.purge(insp, expected=expected), on_done=self._on_removed)

    def _on_removed(self, future) -> None:
        from fieldkit.services.purge import PurgeChanged  # noqa: PLC0415

        exc = future.exception()
        if isinstance(exc, PurgeChanged):
            self.start()  # show the new plan; nothing was removed
            return
        if exc is not None:
            self.summary.setText(self.tr("Nothing was removed: %1").replace("%1", str(exc)))
            return
        self.done_report = future.result()
        self.summary.setText(self._describe(self.done_report, removed=True))
