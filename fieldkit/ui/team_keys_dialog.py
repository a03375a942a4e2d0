"""File → Team keys…: the teammates' signing keys this laptop trusts, by fingerprint, and revoking one.

Enrolling shows the key's fingerprint in groups of four and asks the lead to compare it with what the
teammate reads out (Help → Signing key… on their laptop) before it is trusted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class TeamKeysDialog(QDialog):
    def __init__(self, services, prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.keys: list = []
        self.setWindowTitle(self.tr("Team keys"))
        self.resize(860, 360)
        intro = QLabel(self.tr("Bundles from your team are imported only when they are signed with one of these "
                               "keys. Compare each fingerprint with the one your teammate reads out."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Inspector"), self.tr("Fingerprint"), self.tr("Added"),
                                              self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Trusted teammate keys"))
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Add key file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.revoke_button = buttons.addButton(self.tr("&Revoke"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_key)
        self.revoke_button.clicked.connect(self.revoke_selected)
        close.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.keys = self.services.team.keys()
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            status = self.tr("revoked %1").replace("%1", key.revoked_at or "") if key.revoked else self.tr("trusted")
            for col, text in enumerate((key.inspector_id or key.comment, key.grouped, key.added_at[:10], status)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.revoke_button.setEnabled(0 <= row < len(self.keys) and not self.keys[row].revoked)

    def add_key(self) -> None:
        path = self.prompts.choose_open_file(self.tr("Add a teammate's key"), self.tr("Public keys (*.pub)"))
        if path is None:
            return
        try:
            key = self.services.team.read_key(path)
        except ValueError as exc:
            self.prompts.error(self.tr("Add a teammate's key"), str(exc))
            return
        from fieldkit.services.keys import fingerprint_groups  # noqa: PLC0415 (light: formatting only)

        if not self.prompts.confirm(self.tr("Add a teammate's key"), self.tr(
                "Does your teammate read out exactly this fingerprint?\n\n%1").replace(
                "%1", fingerprint_groups(key.fingerprint)), yes=self.tr("Yes, trust it")):
            return
        inspector = self.prompts.ask_text(self.tr("Add a teammate's key"), self.tr("Their inspector id (optional)"))
        self.services.team.trust_key(path, inspector_id=(inspector or "").strip() or None)
        self.refresh()

    def revoke_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.keys):
            return
        key = self.keys[row]
        if self.prompts.confirm(self.tr("Revoke key"), self.tr(
                "Refuse bundles signed with %1 from now on? What was imported stays.").replace(
                "%1", key.inspector_id or key.grouped), yes=self.tr("Revoke")):
            self.services.team.revoke_key(key.fingerprint)
            self.refresh()
