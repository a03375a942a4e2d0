"""The main window: unlock screen, inspection list and inspection workspace, with menus and status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QStackedWidget, QWidget

from fieldkit import __version__
from fieldkit.services.errors import StorageError
from fieldkit.ui import language
from fieldkit.ui.autosave import Autosaver
from fieldkit.ui.idle import IdleWatcher
from fieldkit.ui.prompts import DialogService
from fieldkit.ui.save_indicator import SaveIndicator
from fieldkit.ui.session import Session
from fieldkit.ui.unlock_page import UnlockPage

BACKUP_CHECK_MS = 60_000


class MainWindow(QMainWindow):
    def __init__(self, session: Session, tasks, prompts: DialogService | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.prompts = prompts or DialogService(self)
        self.autosaver = Autosaver(tasks, self)
        self._reopen_uuid: str | None = None

        # Only the unlock page is built at start; the rest waits for the first unlock (start-up time).
        self.unlock_page = UnlockPage(session)
        self.list_page = None
        self.workspace = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)

        self.save_indicator = SaveIndicator()
        self.busy = QProgressBar()
        self.busy.setMaximum(0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.user_label = QLabel()
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.save_indicator)
        tasks.busy_changed.connect(self.busy.setVisible)
        self.autosaver.saving.connect(self.save_indicator.saving)
        self.autosaver.saved.connect(self.save_indicator.saved)
        self.autosaver.failed.connect(self.save_indicator.failed)

        self.idle = IdleWatcher(session.autolock_minutes, self)
        self.idle.idle.connect(self.lock)  # its app-wide event filter is installed at unlock (start-up time)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self._on_backup_timer)

        self.unlock_page.opened.connect(self._on_opened)
        session.about_to_lock.connect(self.autosaver.flush_now)
        self._build_menus()
        from fieldkit.ui.exchange_actions import ExchangeActions  # noqa: PLC0415 (issue 5: team, receipts)

        self.exchange = ExchangeActions(self)
        self._retranslate()
        self.resize(1180, 760)
        self.show_unlock()

    # -- menus -----------------------------------------------------------------------------------

    def _action(self, menu, slot, shortcut=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            # setShortcuts, not setShortcut: the latter's overloads materialise the whole Qt namespace (~15 ms
            # of start-up); a StandardKey also gives every platform binding this way.
            action.setShortcuts(shortcut if isinstance(shortcut, QKeySequence.StandardKey) else [shortcut])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, self.new_inspection, QKeySequence.StandardKey.New)
        self.list_action = self._action(self.file_menu, self.show_list, QKeySequence("Ctrl+L"))
        self.import_action = self._action(self.file_menu, self.import_framework, QKeySequence("Ctrl+I"))
        self.export_action = self._action(self.file_menu, self.export_bundle, QKeySequence("Ctrl+E"))
        self.report_action = self._action(self.file_menu, self.open_report, QKeySequence("Ctrl+R"))
        self.file_menu.addSeparator()
        self.passphrase_action = self._action(self.file_menu, self.change_passphrase)
        self.autolock_action = self._action(self.file_menu, self.configure_autolock)
        self.lock_action = self._action(self.file_menu, self.lock, QKeySequence("Ctrl+Shift+L"))
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit)
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.english_action = self._action(self.view_menu, lambda: self.set_language("en"))
        self.welsh_action = self._action(self.view_menu, lambda: self.set_language("cy"))
        for a in (self.english_action, self.welsh_action):
            a.setCheckable(True)
            group.addAction(a)
        self.english_action.setChecked(language.current() == "en")
        self.welsh_action.setChecked(language.current() == "cy")
        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu, self.about)
        self.key_action = self._action(self.help_menu, self.show_signing_key)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("FieldKit"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New inspection…"))
        self.list_action.setText(self.tr("&Inspections"))
        self.import_action.setText(self.tr("Import fra&mework…"))
        self.passphrase_action.setText(self.tr("Change &passphrase…"))
        self.autolock_action.setText(self.tr("&Auto-lock…"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("E&dit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.english_action.setText("English")
        self.welsh_action.setText("Cymraeg")
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About FieldKit"))
        # The export dialog's own context; its module loads on first use (start-up time).
        self.export_action.setText(QCoreApplication.translate("ExportDialog", "&Export bundle…"))
        self.report_action.setText(QCoreApplication.translate("ReportDialog", "&Report…"))
        self.key_action.setText(QCoreApplication.translate("ExportDialog", "&Signing key…"))
        self.save_indicator.retranslate()
        self._update_user_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        if not language.set_language(code):
            self.prompts.error(self.tr("Language"), self.tr("The Welsh catalogue could not be loaded."))
            self.english_action.setChecked(True)

    def _update_user_label(self) -> None:
        services = self.session.services
        if services is None:
            self.user_label.setText(self.tr("Locked"))
            return
        text = self.tr("Signed in as %1 · device %2").replace("%1", services.store.user).replace(
            "%2", services.store.device_id[:8])
        if services.store.status.read_only:
            text += "  ·  " + self.tr("READ-ONLY: integrity check failed")
        self.user_label.setText(text)

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for a in (self.new_action, self.list_action, self.import_action, self.passphrase_action,
                  self.autolock_action, self.lock_action, self.export_action, self.report_action, self.key_action):
            a.setEnabled(unlocked)
        self.exchange.set_enabled(unlocked)

    def _build_pages(self) -> None:
        if self.list_page is not None:
            return
        from fieldkit.ui.entry_dialogs import ChildDialog, SiteDialog, TeamMemberDialog  # noqa: PLC0415
        from fieldkit.ui.inspection_list_page import InspectionListPage  # noqa: PLC0415
        from fieldkit.ui.workspace_page import WorkspacePage  # noqa: PLC0415

        self.list_page = InspectionListPage()
        self.workspace = WorkspacePage(self.autosaver, tasks=self.tasks, prompts=self.prompts)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.workspace)
        self.list_page.open_requested.connect(self.open_inspection)
        self.list_page.new_requested.connect(self.new_inspection)
        self.list_page.demo_requested.connect(self.create_demo)
        self.list_page.archive_requested.connect(self._on_archive_requested)
        self.list_page.show_archived.toggled.connect(lambda _on: self.refresh_list())
        stack = self.workspace.register.editor.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.workspace.add_site_requested.connect(lambda: self._add_entry(SiteDialog, "add_site"))
        self.workspace.add_member_requested.connect(lambda: self._add_entry(TeamMemberDialog, "add_team_member"))
        self.workspace.add_child_requested.connect(lambda: self._add_entry(ChildDialog, "add_child"))
        self.workspace.add_question_set_requested.connect(self.add_question_set)

    # -- lock and unlock -------------------------------------------------------------------------

    def show_unlock(self) -> None:
        self._set_unlocked_actions(False)
        self.save_indicator.hide()
        self.unlock_page.refresh()
        self.stack.setCurrentWidget(self.unlock_page)
        self._update_user_label()

    def _on_opened(self) -> None:
        self._build_pages()
        services = self.session.services
        status = services.store.status
        self._set_unlocked_actions(True)
        self.save_indicator.show()
        self._update_user_label()
        self.idle.set_minutes(self.session.autolock_minutes)
        self.idle.start()
        self.backup_timer.start()
        if status.integrity != "ok":
            self._offer_restore(status)
            return
        if status.audit_problems:
            self.prompts.error(self.tr("Audit log"), self.tr(
                "The audit log was changed outside FieldKit since it was last open:\n%1\n\nThis is now "
                "recorded in the log itself. Tell your lead inspector.").replace(
                    "%1", "\n".join(status.audit_problems)))
        if status.unclean_shutdown:
            from fieldkit.ui.recovery_dialog import RecoveryDialog, open_recovered  # noqa: PLC0415

            self.recovery_dialog = RecoveryDialog(status.recovery_items, self)
            self.recovery_dialog.open_requested.connect(lambda *item: open_recovered(self, *item))
            self.recovery_dialog.show()  # not modal: opened items are read in this window
        if self._reopen_uuid:
            uuid, self._reopen_uuid = self._reopen_uuid, None
            self.open_inspection(uuid)
            return
        self.show_list()
        if not services.inspections.list(include_archived=True) and services.store.setting("demo_offered") is None:
            services.store.set_setting("demo_offered", True)
            if self.prompts.confirm(self.tr("Welcome"), self.tr(
                    "Create a demo inspection to look around? You can archive it later."),
                    yes=self.tr("Create demo")):
                self.create_demo()

    def _offer_restore(self, status) -> None:
        try:
            self.show_list()
        except Exception:  # noqa: BLE001 (any read may meet a damaged page: the offer must still be made)
            self.list_page.set_rows([])
            self.stack.setCurrentWidget(self.list_page)
        if status.newest_backup is None:
            self.prompts.error(self.tr("Store damaged"), self.tr(
                "The store failed its integrity check and no verified backup was found. It is open "
                "read-only so nothing more can be damaged; export what you need and contact support."))
            return
        if self.prompts.confirm(self.tr("Store damaged"), self.tr(
                "The store failed its integrity check, so it is open read-only. Restore the newest verified "
                "backup (%1)? The damaged file is kept aside, not deleted.").replace("%1", status.newest_backup.name),
                yes=self.tr("Restore backup")):
            passphrase = self.prompts.ask_text(self.tr("Restore backup"), self.tr("Passphrase"), password=True)
            if not passphrase:
                return
            self.session.lock()
            try:
                self.session.local.restore_newest_backup(passphrase)
            except StorageError as exc:
                self.prompts.error(self.tr("Restore backup"), str(exc))
            self.show_unlock()

    def lock(self) -> None:
        if not self.session.is_unlocked:
            return
        self.idle.stop()
        self.backup_timer.stop()
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            self._reopen_uuid = self.workspace.uuid
        self.session.lock()
        self.show_unlock()

    def _on_backup_timer(self) -> None:
        services = self.session.services
        if services is not None:
            store = services.store
            self.tasks.submit(store.backup_if_due, on_done=self._on_backup_done)

    def _on_backup_done(self, future) -> None:
        if future.exception() is not None:
            self.save_indicator.failed(self.tr("backup failed: %1").replace("%1", str(future.exception())))

    # -- inspections -----------------------------------------------------------------------------

    def refresh_list(self) -> None:
        services = self.session.services
        if services is not None and self.list_page is not None:
            self.list_page.set_rows(services.inspections.list(include_archived=self.list_page.show_archived.isChecked()))

    def show_list(self) -> None:
        if not self.session.is_unlocked:
            return
        self.autosaver.flush()
        self.refresh_list()
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def open_inspection(self, uuid: str) -> None:
        services = self.session.services
        if services is None:
            return
        self.autosaver.flush()
        self.workspace.load(services, uuid)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.tree.setFocus()

    def new_inspection(self) -> None:
        services = self.session.services
        if services is None:
            return
        from fieldkit.ui.new_inspection_dialog import NewInspectionDialog  # noqa: PLC0415

        dialog = NewInspectionDialog(services, self)
        if dialog.exec() and dialog.created_uuid:
            self.save_indicator.saved()
            self.open_inspection(dialog.created_uuid)

    def create_demo(self) -> None:
        services = self.session.services
        if services is None:
            return
        from fieldkit.services.demo_conclusions import create_demo_inspection  # noqa: PLC0415

        self.save_indicator.saving()
        self.tasks.submit(lambda: create_demo_inspection(services), on_done=self._on_demo_done)

    def _on_demo_done(self, future) -> None:
        if future.exception() is not None:
            self.save_indicator.failed(str(future.exception()))
            self.prompts.error(self.tr("Demo inspection"), str(future.exception()))
            return
        self.save_indicator.saved()
        self.open_inspection(future.result())

    def _on_archive_requested(self, uuid: str, archive: bool) -> None:
        services = self.session.services
        if services is None:
            return
        (services.inspections.archive if archive else services.inspections.unarchive)(uuid)
        self.save_indicator.saved()
        self.refresh_list()

    def _add_entry(self, dialog_class, method: str) -> None:
        """A site, team member or child: `dialog_class` asks, `InspectionService.<method>` stores it."""
        services = self.session.services
        if services is not None:
            self._add(lambda _uuid: dialog_class(self), getattr(services.inspections, method))

    def add_question_set(self) -> None:
        from fieldkit.ui.question_set_dialog import QuestionSetDialog

        services = self.session.services
        if services is not None:
            sets = services.evidence.question_sets
            self._add(lambda uuid: QuestionSetDialog([qs for _, qs in sets.list(uuid)], self), sets.add)

    def _add(self, make_dialog, store) -> None:
        """Ask with the dialog `make_dialog(inspection)` returns, then `store(inspection, value)`; a refusal
        is shown and turns the indicator red, nothing else changes."""
        services, uuid = self.session.services, self.workspace.uuid
        if services is None or uuid is None:
            return
        dialog = make_dialog(uuid)
        if not dialog.exec():
            return
        try:
            store(uuid, dialog.value)
        except (ValueError, StorageError) as exc:
            self.save_indicator.failed(str(exc))
            self.prompts.error(dialog.windowTitle(), str(exc))
            return
        self.save_indicator.saved()
        self.workspace.load(services, uuid)

    def import_framework(self) -> None:
        services = self.session.services
        if services is None:
            return
        path = self.prompts.choose_open_file(self.tr("Import framework"), self.tr("Framework files (*.toml)"))
        if path is None:
            return
        self.tasks.submit(lambda: services.frameworks.import_file(path), on_done=self._on_imported)

    def _on_imported(self, future) -> None:
        exc = future.exception()
        if exc is not None:
            self.prompts.error(self.tr("Import framework"), str(exc))
        else:
            info = future.result()
            self.prompts.info(self.tr("Import framework"), self.tr("Imported %1 version %2.").replace(
                "%1", info.title_en).replace("%2", info.version))

    # -- settings --------------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        from fieldkit.ui.passphrase_change import PassphraseChange  # noqa: PLC0415

        PassphraseChange(self).run()

    def configure_autolock(self) -> None:
        minutes = self.prompts.ask_int(self.tr("Auto-lock"), self.tr("Lock after this many idle minutes:"),
                                       self.session.autolock_minutes, 1, 240)
        if minutes is not None:
            self.session.set_autolock_minutes(minutes)
            self.idle.set_minutes(minutes)
            self.idle.start()

    def export_bundle(self) -> None:
        services = self.session.services
        uuid = self.workspace.uuid if self.workspace is not None and self.stack.currentWidget() is self.workspace \
            else None
        if services is None:
            return
        from fieldkit.ui import export_dialog  # noqa: PLC0415

        if uuid is None:
            self.prompts.info(*export_dialog.open_first_text())
            return
        self.export_dialog = export_dialog.ExportDialog(services, uuid, self.tasks, self)
        self.export_dialog.open()

    def open_report(self) -> None:
        from fieldkit.ui import report_dialog  # noqa: PLC0415 (QtPdf and reportlab load with the first report)

        report_dialog.open_for(self)

    def show_signing_key(self) -> None:
        services = self.session.services
        if services is not None:
            from fieldkit.ui import export_dialog  # noqa: PLC0415

            self.prompts.info(*export_dialog.key_summary(services))

    def about(self) -> None:
        self.prompts.info(self.tr("About FieldKit"), self.tr(
            "FieldKit %1: evidence gathering for inspectors of Cafcass and Cafcass Cymru.\n"
            "Data folder: %2").replace("%1", __version__).replace("%2", str(self.session.paths.data_dir)))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        try:
            self.autosaver.flush_now()
        except Exception:  # noqa: BLE001 (already shown red; closing must still close the store)
            pass
        self.session.close()
        super().closeEvent(event)
