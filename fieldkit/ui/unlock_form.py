"""The widgets of the unlock page, written by hand rather than compiled from a .ui file.

This page is the only one built before the first window is shown, so its imports are start-up time: the
uic-generated form imported about thirty Qt classes (each one materialises its enums on first import) and
cost ~20 ms of a ~0.13 s bare-window start. Here only the classes used are imported, and no `Qt` namespace.
Strings use the "UnlockPage" context, as the compiled form did, so the Welsh catalogue still covers them
(spelled out in full: lupdate only finds literal `QCoreApplication.translate("Context", "text")` calls).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UnlockForm:
    """Attribute names match the former generated `Ui_UnlockPage`, which tests and scripts use."""

    def setup(self, page: QWidget) -> None:
        page.setObjectName("UnlockPage")
        self.card = QFrame(page)
        self.card.setObjectName("card")
        self.card.setMinimumWidth(420)
        self.card.setMaximumWidth(480)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)

        self.title_label = QLabel(self.card)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = QLabel(self.card)
        self.intro_label.setWordWrap(True)

        self.name_label, self.name_edit = QLabel(self.card), QLineEdit(self.card)
        self.passphrase_label, self.passphrase_edit = QLabel(self.card), QLineEdit(self.card)
        self.repeat_label, self.repeat_edit = QLabel(self.card), QLineEdit(self.card)
        form = QFormLayout()
        for label, edit in ((self.name_label, self.name_edit), (self.passphrase_label, self.passphrase_edit),
                            (self.repeat_label, self.repeat_edit)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.hint_label = QLabel(self.card)
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel(self.card)
        self.error_label.setWordWrap(True)
        self.busy_bar = QProgressBar(self.card)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_label = QLabel(self.card)  # shown with the bar: a first unlock after an update migrates
        self.busy_label.setWordWrap(True)
        self.busy_label.setStyleSheet("color: #555;")
        self.unlock_button = QPushButton(self.card)
        self.unlock_button.setDefault(True)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.unlock_button)

        card_layout = QVBoxLayout(self.card)
        card_layout.setSpacing(10)
        card_layout.setContentsMargins(24, 24, 24, 24)
        for w in (self.title_label, self.intro_label):
            card_layout.addWidget(w)
        card_layout.addLayout(form)
        for w in (self.hint_label, self.error_label, self.busy_bar, self.busy_label):
            card_layout.addWidget(w)
        card_layout.addLayout(button_row)

        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.card)
        centre.addStretch(1)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(1)

        QWidget.setTabOrder(self.name_edit, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.unlock_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(QCoreApplication.translate("UnlockPage", "FieldKit"))
        self.intro_label.setText(QCoreApplication.translate("UnlockPage",
                                                            "Enter your passphrase to unlock your evidence."))
        self.name_label.setText(QCoreApplication.translate("UnlockPage", "Your &name"))
        self.name_edit.setAccessibleName(QCoreApplication.translate("UnlockPage", "Your name"))
        self.passphrase_label.setText(QCoreApplication.translate("UnlockPage", "&Passphrase"))
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockPage", "Passphrase"))
        self.repeat_label.setText(QCoreApplication.translate("UnlockPage", "&Repeat passphrase"))
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("UnlockPage", "Repeat passphrase"))
        self.error_label.setAccessibleName(QCoreApplication.translate("UnlockPage", "Error"))
        self.busy_label.setText(QCoreApplication.translate(
            "UnlockPage", "Opening the store and checking it. The first time after FieldKit is updated this can "
            "take a minute for a large store; nothing needs doing meanwhile."))
        self.unlock_button.setText(QCoreApplication.translate("UnlockPage", "&Unlock"))
        self.unlock_button.setAccessibleName(QCoreApplication.translate("UnlockPage", "Unlock"))
