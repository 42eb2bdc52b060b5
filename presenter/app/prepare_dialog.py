"""The "Prepare for presenting (sharp)" dialog: which decks and languages to render at hd, and how it goes.

A tick per deck edition, each saying how many of its slides still need their
sharp videos; the current card's edition is ticked. Prepare starts the renders
in the background (the start screen's worker, start_actions.py); the dialog
then shows a progress bar with the time left and Cancel. It is not modal:
closing it leaves the renders running, and the start screen's row of tasks
keeps showing their progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app import dialogs
from presenter.app.i18n import tr
from scenes import look

STYLESHEET = f"""
QDialog#prepareDialog {{ background: {look.BACKGROUND}; }}
QLabel#prepareHelp, QLabel#prepareStatus {{ color: {look.TEXT_SOFT}; }}
QCheckBox {{ color: {look.TEXT}; spacing: 12px; }}
QCheckBox:disabled {{ color: {look.TEXT_SOFT}; }}
QCheckBox:focus {{ color: {look.YELLOW}; }}
QCheckBox::indicator {{ width: 20px; height: 20px; border: 2px solid {look.TEXT_SOFT}; border-radius: 5px; }}
QCheckBox::indicator:checked {{ background: {look.SKY_BLUE}; border-color: {look.SKY_BLUE}; }}
QCheckBox::indicator:disabled {{ border-color: #2A4463; background: transparent; }}
QPushButton#secondary {{ background: transparent; color: {look.SKY_BLUE}; border: 2px solid {look.SKY_BLUE}; }}
QPushButton:focus {{ border: 2px solid {look.YELLOW}; }}
QPushButton:disabled {{ background: #2A4463; color: {look.TEXT_SOFT}; }}
QProgressBar {{ background: {style.PANEL.name()}; max-height: 12px; border-radius: 6px; }}
QProgressBar::chunk {{ background: {look.SKY_BLUE}; border-radius: 6px; }}
"""


@dataclass(frozen=True)
class EditionChoice:
    """A deck edition offered for sharp renders: what to call it, how many slides still lack them."""

    path: Path
    label: str  # e.g. "Opioids and the brain · English"
    missing: int  # slides without a sharp video yet
    slides: int
    ticked: bool = False


def left_text(seconds: float) -> str:
    """The time left in plain words ("about 4 min left"), or "" while it is not yet known."""
    if seconds < 0:
        return ""
    return tr("about {count} min left").format(count=max(1, round(seconds / 60)))


class PrepareDialog(QDialog):
    """Tick the editions to prepare; ``start_requested(paths)`` and ``stop_requested()`` go to the worker's owner."""

    start_requested = Signal(list)
    stop_requested = Signal()

    def __init__(self, choices: Sequence[EditionChoice], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("prepareDialog")
        self.setWindowTitle(tr("Prepare for presenting (sharp)"))
        self.setStyleSheet(style.STYLESHEET + STYLESHEET)
        self.setModal(False)
        self.running = False
        heading = QLabel(tr("Prepare for presenting (sharp)"), self)
        heading.setFont(style.font(26, bold=True))
        help_text = QLabel(
            tr(
                "Makes the sharp (1080p) videos of the decks you tick, in the background: you can keep using "
                "the app, or close this window. Slides that already have them are skipped."
            ),
            self,
            objectName="prepareHelp",
            wordWrap=True,
        )
        help_text.setFont(style.font(16))
        self.ticks: dict[Path, QCheckBox] = {}
        self.ready: set[Path] = set()
        ticks = QVBoxLayout()
        ticks.setSpacing(8)
        for choice in choices:
            box = QCheckBox(self)
            box.setFont(style.font(17))
            box.setChecked(choice.ticked)
            box.toggled.connect(self._update)
            ticks.addWidget(box)
            self.ticks[choice.path] = box
        self.bar = QProgressBar(self, textVisible=False, maximum=1000)
        self.bar.hide()
        self.status = QLabel("", self, objectName="prepareStatus", wordWrap=True)
        self.status.setFont(style.font(16))
        self.close_button = QPushButton(tr("Close"), self, objectName="secondary")
        self.close_button.clicked.connect(self.close)
        self.go = QPushButton(tr("Prepare"), self)
        self.go.setDefault(True)
        self.go.clicked.connect(self._go_or_cancel)
        buttons = dialogs.button_row(self.close_button, self.go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 26, 32, 24)
        layout.setSpacing(14)
        for widget in (heading, help_text):
            layout.addWidget(widget)
        layout.addLayout(ticks)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[EditionChoice]) -> None:
        """Each edition's state (how many slides to make, or ready); a ready one cannot be ticked."""
        for choice in choices:
            box = self.ticks[choice.path]
            if choice.missing:
                state = tr("{missing} of {count} slides to make").format(missing=choice.missing, count=choice.slides)
                self.ready.discard(choice.path)
            else:
                state = tr("ready")
                self.ready.add(choice.path)
                box.setChecked(False)
            box.setText(f"{choice.label}  ·  {state}")
            box.setEnabled(not self.running and choice.missing > 0)
        self._update()

    def chosen(self) -> list[Path]:
        """The ticked editions, in the order offered."""
        return [path for path, box in self.ticks.items() if box.isChecked() and path not in self.ready]

    def _update(self) -> None:
        if self.running:
            self.go.setText(tr("Cancel"))
            self.go.setEnabled(True)
        else:
            self.go.setText(tr("Prepare"))
            self.go.setEnabled(bool(self.chosen()))
            if not any(box.isEnabled() for box in self.ticks.values()):
                self.status.setText(tr("Every deck already has its sharp videos."))

    def _go_or_cancel(self) -> None:
        if self.running:
            self.stop_requested.emit()
        elif self.chosen():
            self.start_requested.emit(self.chosen())

    def set_running(self, running: bool) -> None:
        """The renders started (a progress bar, Cancel) or ended (the ticks again)."""
        self.running = running
        for path, box in self.ticks.items():
            box.setEnabled(not running and path not in self.ready)
        self.bar.setVisible(running)
        if running:
            self.bar.setValue(0)
            self.status.setText(tr("Preparing sharp videos…"))
        self._update()

    def show_progress(self, fraction: float, seconds_left: float) -> None:
        self.bar.setValue(round(fraction * 1000))
        text = tr("Preparing sharp videos: {percent}%").format(percent=round(fraction * 100))
        left = left_text(seconds_left)
        self.status.setText(f"{text} · {left}" if left else text)

    def show_result(self, text: str, choices: Sequence[EditionChoice]) -> None:
        """The renders ended: ``text`` says how, ``choices`` how many slides each edition still lacks."""
        self.set_running(False)
        self.set_choices(choices)
        self.status.setText(text)
