# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_inspection_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewInspectionDialog(object):
    def setupUi(self, NewInspectionDialog):
        if not NewInspectionDialog.objectName():
            NewInspectionDialog.setObjectName(u"NewInspectionDialog")
        NewInspectionDialog.resize(640, 620)
        self.outer_layout = QVBoxLayout(NewInspectionDialog)
        self.outer_layout.setObjectName(u"outer_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.title_label = QLabel(NewInspectionDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(NewInspectionDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.body_label = QLabel(NewInspectionDialog)
        self.body_label.setObjectName(u"body_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.body_label)

        self.body_edit = QLineEdit(NewInspectionDialog)
        self.body_edit.setObjectName(u"body_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body_edit)

        self.framework_label = QLabel(NewInspectionDialog)
        self.framework_label.setObjectName(u"framework_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.framework_label)

        self.framework_combo = QComboBox(NewInspectionDialog)
        self.framework_combo.setObjectName(u"framework_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.framework_combo)

        self.notice_label = QLabel(NewInspectionDialog)
        self.notice_label.setObjectName(u"notice_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notice_label)

        self.notice_date = QDateEdit(NewInspectionDialog)
        self.notice_date.setObjectName(u"notice_date")
        self.notice_date.setCalendarPopup(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notice_date)

        self.start_label = QLabel(NewInspectionDialog)
        self.start_label.setObjectName(u"start_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_date = QDateEdit(NewInspectionDialog)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_label = QLabel(NewInspectionDialog)
        self.end_label.setObjectName(u"end_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_date = QDateEdit(NewInspectionDialog)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setCalendarPopup(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.nodes_label = QLabel(NewInspectionDialog)
        self.nodes_label.setObjectName(u"nodes_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nodes_label)

        self.nodes_list = QListWidget(NewInspectionDialog)
        self.nodes_list.setObjectName(u"nodes_list")
        self.nodes_list.setMaximumSize(QSize(16777215, 140))

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nodes_list)

        self.scope_label = QLabel(NewInspectionDialog)
        self.scope_label.setObjectName(u"scope_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.scope_edit = QPlainTextEdit(NewInspectionDialog)
        self.scope_edit.setObjectName(u"scope_edit")
        self.scope_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.scope_edit)

        self.limitations_label = QLabel(NewInspectionDialog)
        self.limitations_label.setObjectName(u"limitations_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.limitations_label)

        self.limitations_edit = QPlainTextEdit(NewInspectionDialog)
        self.limitations_edit.setObjectName(u"limitations_edit")
        self.limitations_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.limitations_edit)


        self.outer_layout.addLayout(self.form_layout)

        self.error_label = QLabel(NewInspectionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.outer_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(NewInspectionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.body_label.setBuddy(self.body_edit)
        self.framework_label.setBuddy(self.framework_combo)
        self.notice_label.setBuddy(self.notice_date)
        self.start_label.setBuddy(self.start_date)
        self.end_label.setBuddy(self.end_date)
        self.nodes_label.setBuddy(self.nodes_list)
        self.scope_label.setBuddy(self.scope_edit)
        self.limitations_label.setBuddy(self.limitations_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.body_edit)
        QWidget.setTabOrder(self.body_edit, self.framework_combo)
        QWidget.setTabOrder(self.framework_combo, self.notice_date)
        QWidget.setTabOrder(self.notice_date, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.nodes_list)
        QWidget.setTabOrder(self.nodes_list, self.scope_edit)
        QWidget.setTabOrder(self.scope_edit, self.limitations_edit)

        self.retranslateUi(NewInspectionDialog)

        QMetaObject.connectSlotsByName(NewInspectionDialog)
    # setupUi

    def retranslateUi(self, NewInspectionDialog):
        NewInspectionDialog.setWindowTitle(QCoreApplication.translate("NewInspectionDialog", u"New inspection", None))
        self.title_label.setText(QCoreApplication.translate("NewInspectionDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.body_label.setText(QCoreApplication.translate("NewInspectionDialog", u"Inspected &body", None))
#if QT_CONFIG(accessibility)
        self.body_edit.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Inspected body", None))
#endif // QT_CONFIG(accessibility)
        self.framework_label.setText(QCoreApplication.translate("NewInspectionDialog", u"&Framework", None))
#if QT_CONFIG(accessibility)
        self.framework_combo.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Framework", None))
#endif // QT_CONFIG(accessibility)
        self.notice_label.setText(QCoreApplication.translate("NewInspectionDialog", u"&Notice date", None))
        self.notice_date.setDisplayFormat(QCoreApplication.translate("NewInspectionDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.notice_date.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Notice date", None))
#endif // QT_CONFIG(accessibility)
        self.start_label.setText(QCoreApplication.translate("NewInspectionDialog", u"Fieldwork &starts", None))
        self.start_date.setDisplayFormat(QCoreApplication.translate("NewInspectionDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.start_date.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Fieldwork starts", None))
#endif // QT_CONFIG(accessibility)
        self.end_label.setText(QCoreApplication.translate("NewInspectionDialog", u"Fieldwork &ends", None))
        self.end_date.setDisplayFormat(QCoreApplication.translate("NewInspectionDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.end_date.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Fieldwork ends", None))
#endif // QT_CONFIG(accessibility)
        self.nodes_label.setText(QCoreApplication.translate("NewInspectionDialog", u"&Parts inspected", None))
#if QT_CONFIG(accessibility)
        self.nodes_list.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Parts of the framework inspected", None))
#endif // QT_CONFIG(accessibility)
        self.scope_label.setText(QCoreApplication.translate("NewInspectionDialog", u"S&cope", None))
#if QT_CONFIG(accessibility)
        self.scope_edit.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Scope", None))
#endif // QT_CONFIG(accessibility)
        self.limitations_label.setText(QCoreApplication.translate("NewInspectionDialog", u"&Limitations", None))
#if QT_CONFIG(accessibility)
        self.limitations_edit.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Limitations", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

