"""A form field with its reason shown right under it when the input is refused.

Refused input is marked at the field (red border and a short sentence below
it), never in a pop-up afterwards. The message comes from the domain's
ValidationError; in another UI language a translated wording by error code is
used instead (``error_text``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from erbij_desktop.domain.errors import ValidationError

from .style import FIELD_STYLE

ERROR_STYLE = "color: #b3261e; font-size: 90%;"


def _generic(code: str) -> str:
    tr = QCoreApplication.translate
    messages = {
        "required": tr("field", "Dit veld is verplicht."),
        "too_long": tr("field", "Deze tekst is te lang."),
        "duplicate": tr("field", "Deze naam bestaat al."),
        "out_of_range": tr("field", "Deze waarde valt buiten het toegestane bereik."),
        "overlap": tr("field", "Deze tijd overlapt met een ander programmaonderdeel."),
        "before_event": tr("field", "Deze tijd ligt vóór de begintijd van het evenement."),
        "after_event": tr("field", "Deze tijd ligt na de eindtijd van het evenement."),
        "end_before_start": tr("field", "De eindtijd ligt niet na de begintijd."),
        "negative": tr("field", "Dit getal kan niet negatief zijn."),
        "programme_too_long": tr("field", "Het programma loopt uit na de eindtijd van het evenement."),
    }
    return messages.get(code, tr("field", "Deze invoer is niet geldig."))


def error_text(error: ValidationError | str) -> str:
    """The sentence to show for a refusal, in the UI language."""
    if isinstance(error, str):
        return error
    if QLocale().language() in (QLocale.Language.Dutch, QLocale.Language.C):
        return str(error)
    return _generic(error.code)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Toggle the red border: the ``invalid`` property, and the style rule on this field only.

    Only a refused field carries a style sheet: one on the whole window would make Qt style
    every widget through style sheets (slower to build and to paint, a twentieth of start-up).
    """
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(FIELD_STYLE if invalid else "")


class FieldRow(QWidget):
    """``field`` with a hidden error label below it; put this in a QFormLayout row."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        if field.objectName():
            self.error_label.setObjectName(f"{field.objectName()}Error")
        layout.addWidget(self.error_label)
        self.setFocusProxy(field)
        self._hint = ""

    @property
    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def show_error(self, error: ValidationError | str) -> None:
        text = error_text(error)
        if self.error_label.isHidden():
            self._hint = self.field.toolTip()
        self.error_label.setText(text)
        self.error_label.show()
        self.field.setToolTip(text)
        set_invalid(self.field, True)

    def clear_error(self) -> None:
        if self.error_label.isHidden():
            return
        self.error_label.clear()
        self.error_label.hide()
        self.field.setToolTip(self._hint)
        set_invalid(self.field, False)
