"""PySide6 6.12.0 on Python 3.11 dropped a reference to None (and True/False) on every void Qt call, so a
long session aborted with "none_dealloc" after some 10,000 keystrokes. pyproject pins a release without the
bug; this fails if a dependency change brings it back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLabel


def test_void_qt_calls_keep_none_true_and_false_alive(qtbot):
    label, box, timer = QLabel(), QCheckBox(), QTimer()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    before = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    for _ in range(20_000):  # two sessions' worth of keystrokes, each a few void calls
        label.setText("x")
        box.setChecked(True)
        box.setChecked(False)
        timer.start(1000)
        timer.stop()
    after = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    # Other code may hold or release a few references meanwhile; a leak-down is one per call: 20,000 or more.
    assert all(after[k] - before[k] > -1000 for k in before), (before, after)
