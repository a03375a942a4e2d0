"""File-menu entries for exchanging with the team and central: Import team bundle…, Conflicts…, Team keys…,
Import receipt…, Purge acknowledged versions…. Kept out of main_window.py, which only creates this object
and enables it on unlock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction


class ExchangeActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        menu = window.file_menu
        anchor = _after(menu, window.export_action)
        self.import_bundle_action = self._action(menu, anchor, self.import_team_bundle)
        self.conflicts_action = self._action(menu, anchor, self.show_conflicts)
        self.team_keys_action = self._action(menu, anchor, self.show_team_keys)
        self.import_receipt_action = self._action(menu, anchor, self.import_receipt)
        self.purge_action = self._action(menu, anchor, self.purge)
        self.actions = (self.import_bundle_action, self.conflicts_action, self.team_keys_action,
                        self.import_receipt_action, self.purge_action)
        self.set_enabled(False)
        self.retranslate()
        window.installEventFilter(self)

    def _action(self, menu, before, slot) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(slot)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    def retranslate(self) -> None:
        self.import_bundle_action.setText(self.tr("Import &team bundle…"))
        self.conflicts_action.setText(self.tr("Con&flicts…"))
        self.team_keys_action.setText(self.tr("Team &keys…"))
        self.import_receipt_action.setText(self.tr("Imp&ort receipt…"))
        self.purge_action.setText(self.tr("P&urge acknowledged versions…"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def set_enabled(self, unlocked: bool) -> None:
        for action in self.actions:
            action.setEnabled(unlocked)

    # -- helpers -------------------------------------------------------------------------------------

    @property
    def services(self):
        return self.window.session.services

    def _open_inspection(self) -> str | None:
        w = self.window
        if w.workspace is not None and w.stack.currentWidget() is w.workspace:
            return w.workspace.uuid
        return None

    # -- actions -------------------------------------------------------------------------------------

    def import_team_bundle(self) -> None:
        if self.services is None:
            return
        path = self.window.prompts.choose_open_file(self.tr("Import team bundle"),
                                                    self.tr("FieldKit bundles (*.fkb);;All files (*)"))
        if path is None:
            return
        from fieldkit.ui.team_import_dialog import TeamImportDialog  # noqa: PLC0415

        dialog = self.import_dialog = TeamImportDialog(self.services, path, self.window.tasks, self.window)
        dialog.imported.connect(self._after_import)
        dialog.conflicts_requested.connect(self.show_conflicts)
        dialog.open()
        dialog.start()

    def _after_import(self, result) -> None:
        w = self.window
        w.save_indicator.saved()
        if self._open_inspection() == result.inspection_uuid:
            w.workspace.load(self.services, result.inspection_uuid)
        else:
            w.refresh_list()

    def show_conflicts(self) -> None:
        if self.services is None:
            return
        from fieldkit.ui.conflicts_dialog import ConflictsDialog  # noqa: PLC0415

        self.conflicts_dialog = ConflictsDialog(self.services, self._open_inspection(), self.window.tasks, self.window)
        self.conflicts_dialog.finished.connect(self._reload_open_inspection)
        self.conflicts_dialog.open()

    def _reload_open_inspection(self, _result: int) -> None:
        uuid = self._open_inspection()
        if uuid is not None and self.services is not None:
            self.window.workspace.load(self.services, uuid)

    def show_team_keys(self) -> None:
        if self.services is None:
            return
        from fieldkit.ui.team_keys_dialog import TeamKeysDialog  # noqa: PLC0415

        self.team_keys_dialog = TeamKeysDialog(self.services, self.window.prompts, self.window)
        self.team_keys_dialog.open()

    def import_receipt(self) -> None:
        services = self.services
        if services is None:
            return
        path = self.window.prompts.choose_open_file(self.tr("Import receipt"),
                                                    self.tr("Receipts (*.json);;All files (*)"))
        if path is None:
            return
        self.window.tasks.submit(lambda: services.receipts.apply(path), on_done=self._on_receipt)

    def purge(self) -> None:
        services, uuid = self.services, self._open_inspection()
        if services is None:
            return
        if uuid is None:
            self.window.prompts.info(self.tr("Purge acknowledged versions"),
                                     self.tr("Open the inspection whose acknowledged versions you want to remove."))
            return
        from fieldkit.ui.purge_dialog import PurgeDialog  # noqa: PLC0415

        self.purge_dialog = PurgeDialog(services, uuid, self.window.tasks, self.window)
        self.purge_dialog.finished.connect(self._reload_open_inspection)
        self.purge_dialog.open()
        self.purge_dialog.start()

    def _on_receipt(self, future) -> None:
        exc = future.exception()
        title = self.tr("Import receipt")
        if exc is not None:
            self.window.prompts.error(title, self.tr("The receipt was not applied: %1").replace("%1", str(exc)))
            return
        r = future.result()
        text = self.tr("Central holds %1 more of your record versions (%2 were already marked). They will not be "
                       "sent again, and may now be purged from this laptop.").replace("%1", str(r.marked)).replace(
            "%2", str(r.already))
        if r.mismatched:
            text += "\n\n" + self.tr("%1 versions in the receipt differ from this laptop's and were NOT marked: "
                                     "tell the central record administrator.").replace("%1", str(r.mismatched))
            self.window.prompts.error(title, text)
            return
        self.window.prompts.info(title, text)


def _after(menu, action):
    """The menu entry after `action`, to insert before (None: append)."""
    entries = menu.actions()
    i = entries.index(action)
    return entries[i + 1] if i + 1 < len(entries) else None
