"""Asking before something is deleted, without blocking the event loop.

The question opens with ``open()`` (objectName ``confirmDialog``); Cancel is
the default button, so Enter never deletes by accident; the delete button has
a mnemonic (Alt+V for "Verwijderen").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    *,
    detail: str = "",
    yes_text: str | None = None,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("confirmDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(
        yes_text or QCoreApplication.translate("confirm", "&Verwijderen"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    yes.setObjectName("confirmYes")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def done() -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(done)
    box.open()
    return box
