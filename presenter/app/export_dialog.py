"""The export dialog: every export the command line has, with its options, for the front desk.

``ExportDialog(deck_path, parent)`` (from the start screen or the editor). The
export runs in a worker process (``presenter export ...``, see worker.py):
slides missing from the cache are rendered first, with the same progress bar
and the time left; Cancel stops it and nothing half-written is left; at the
end "Show in folder" opens the result in the system's file manager. Errors
are the command's own plain words.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from presenter import paths
from presenter.app import style
from presenter.app.worker import Worker
from presenter.deck.load import read_deck
from presenter.export.output import staging_folder
from presenter.export.words import words
from presenter.playlist import deck_family, deck_language, editions
from scenes import look

KINDS = ("waiting-room", "slides", "html", "handout", "stills", "pack")
SUFFIX = {"waiting-room": ".mp4", "handout": ".pdf", "pack": ".pack"}
FOLDER_NAME = {"slides": "-slides", "html": "-web", "stills": "-stills"}
VIDEO_KINDS = ("waiting-room", "slides")
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 1

STYLESHEET = f"""
QDialog#exportDialog {{ background: {look.BACKGROUND}; }}
QLabel#formLabel {{ color: {look.TEXT_SOFT}; }}
QLabel#exportStatus {{ color: {look.TEXT}; }}
QLabel#exportError {{ color: {look.ORANGE}; }}
QLineEdit, QComboBox {{ background: {style.PANEL.name()}; color: {look.TEXT}; border: 1px solid #2A4463;
                        border-radius: 6px; padding: 6px 8px; }}
QComboBox QAbstractItemView {{ background: {style.PANEL.name()}; color: {look.TEXT};
                               selection-background-color: #24466B; }}
QCheckBox {{ color: {look.TEXT}; }}
QPushButton#secondary {{ background: transparent; color: {look.SKY_BLUE}; border: 2px solid {look.SKY_BLUE}; }}
QPushButton:disabled {{ background: #2A4463; color: {look.TEXT_SOFT}; }}
QProgressBar {{ background: {style.PANEL.name()}; max-height: 10px; border-radius: 5px; }}
"""


def default_exports_folder() -> Path:
    return Path.home() / "Brain Explainer exports"


class ExportDialog(QDialog):
    """Make a file from a deck: choose what, its options and where; watch it being made."""

    def __init__(self, deck_path: Path | str, parent: QWidget | None = None, cache_root: Path | None = None):
        super().__init__(parent)
        self.deck_path = Path(deck_path)
        self.cache_root = Path(cache_root) if cache_root is not None else paths.default_cache_dir()
        self.worker: Worker | None = None
        self.result_path: Path | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.setStyleSheet(style.STYLESHEET + STYLESHEET)
        self.setMinimumWidth(720)
        self._build()
        self._kind_changed()

    # --- the form -------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.tr("Export"), self)
        heading.setFont(style.font(30, bold=True))
        self.edition = QComboBox(self)
        family = editions(sorted(self.deck_path.parent.glob("*.y*ml"))).get(deck_family(self.deck_path), {})
        for language, path in (family or {deck_language(self.deck_path): self.deck_path}).items():
            deck, _ = read_deck(path)
            title = deck.title if deck is not None else path.name
            self.edition.addItem(f"{title} ({words(language)['language']})", str(path))
            self.edition.setItemData(self.edition.count() - 1, language, LANGUAGE_ROLE)
        self.edition.setCurrentIndex(max(0, self.edition.findData(str(self.deck_path))))
        self.kind = QComboBox(self)
        names = {
            "waiting-room": self.tr("Waiting-room video (one looping MP4)"),
            "slides": self.tr("A video for each slide, with a playlist"),
            "html": self.tr("Web page to take home (works without internet)"),
            "handout": self.tr("Handout to print (PDF)"),
            "stills": self.tr("Pictures of every step (PNG)"),
            "pack": self.tr("Content pack (present on other computers without rendering)"),
        }
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.slides = QLineEdit(self, placeholderText=self.tr("All slides (or, for example, 1,3 or 2-3)"))
        self.srt = QCheckBox(self.tr("SRT"), self)
        self.vtt = QCheckBox(self.tr("WebVTT"), self)
        captions = QHBoxLayout()
        captions.addWidget(self.srt)
        captions.addWidget(self.vtt)
        captions.addStretch(1)
        self.end_card = QLineEdit(self, placeholderText=self.tr("The deck's own closing message"))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.quality = QComboBox(self)
        self.quality.addItem(self.tr("Sharp (1080p renders)"), "hd")
        self.quality.addItem(self.tr("Quick look (preview renders)"), "preview")
        self.profile = QComboBox(self)
        self.profile.addItem(self.tr("Standard (1080p, no sound track)"), "default")
        self.profile.addItem(self.tr("With a silent sound track (for players that need one)"), "silent-audio")
        self.profile.addItem(self.tr("720p (older players and small TVs)"), "720p")
        self.languages = QComboBox(self)
        self.languages.addItem(self.tr("Every language"), "all")
        for index in range(self.edition.count()):
            language = str(self.edition.itemData(index, LANGUAGE_ROLE))
            self.languages.addItem(self.tr("Only {0}").format(words(language)["language"]), language)
        self.out = QLineEdit(self)
        choose = QPushButton(self.tr("Choose…"), self, objectName="secondary")
        choose.clicked.connect(self._choose_out)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(choose)

        form = QFormLayout()
        form.setSpacing(12)
        self.rows: dict[str, QLabel] = {}
        for key, label, field in (
            ("edition", self.tr("Deck"), self.edition),
            ("kind", self.tr("Make"), self.kind),
            ("slides", self.tr("Slides"), self.slides),
            ("captions", self.tr("Caption files"), captions),
            ("end_card", self.tr("Closing message"), self.end_card),
            ("paper", self.tr("Paper"), self.paper),
            ("profile", self.tr("Player"), self.profile),
            ("languages", self.tr("Languages"), self.languages),
            ("quality", self.tr("Quality"), self.quality),
            ("out", self.tr("Save to"), where),
        ):
            name = QLabel(label, self, objectName="formLabel")
            name.setFont(style.font(17))
            self.rows[key] = name
            form.addRow(name, field)
        self.bar = QProgressBar(self, textVisible=False, maximum=1000)
        self.status = QLabel("", self, objectName="exportStatus", wordWrap=True)
        self.status.setFont(style.font(17))
        self.error = QLabel("", self, objectName="exportError", wordWrap=True)
        self.error.setFont(style.font(17))
        self.show_folder = QPushButton(self.tr("Show in folder"), self, objectName="secondary")
        self.show_folder.clicked.connect(self.reveal)
        self.close_button = QPushButton(self.tr("Close"), self, objectName="secondary")
        self.close_button.clicked.connect(self.reject)
        self.go = QPushButton(self.tr("Export"), self)
        self.go.clicked.connect(self.start_or_cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for widget in (
            self.edition,
            self.kind,
            self.slides,
            self.end_card,
            self.paper,
            self.quality,
            self.profile,
            self.languages,
            self.out,
            self.srt,
            self.vtt,
            choose,
            self.show_folder,
            self.close_button,
            self.go,
        ):
            widget.setFont(style.font(17))
        self.bar.hide()
        self.show_folder.hide()

    @property
    def target(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.target
        shown = {
            "slides": kind != "pack",
            "captions": kind in VIDEO_KINDS,
            "end_card": kind == "waiting-room",
            "paper": kind == "handout",
            "profile": kind in VIDEO_KINDS,
            "languages": kind == "pack",
        }
        fields: dict[str, list[QWidget]] = {
            "slides": [self.slides],
            "captions": [self.srt, self.vtt],
            "end_card": [self.end_card],
            "paper": [self.paper],
            "profile": [self.profile],
            "languages": [self.languages],
        }
        for key, visible in shown.items():
            self.rows[key].setVisible(visible)
            for field in fields[key]:
                field.setVisible(visible)
        self.out.setText(str(self._default_out(kind)))

    def _default_out(self, kind: str) -> Path:
        name = Path(str(self.edition.currentData())).name.split(".")[0]
        current = Path(self.out.text()) if self.out.text() else default_exports_folder() / name
        folder = current.parent if self.out.text() else default_exports_folder()
        return folder / (name + SUFFIX.get(kind, FOLDER_NAME.get(kind, "")))

    def _choose_out(self) -> None:
        if self.target in SUFFIX:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self.out.text())
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Save into this folder"), self.out.text())
        if chosen:
            self.out.setText(chosen)

    def arguments(self) -> list[str]:
        """The `presenter export` command this form stands for."""
        args = [
            "export",
            str(self.edition.currentData()),
            "--to",
            self.target,
            "--out",
            self.out.text().strip(),
            "--quality",
            str(self.quality.currentData()),
            "--cache",
            str(self.cache_root),
            "--progress",
        ]
        if self.slides.isVisible() and self.slides.text().strip():
            args += ["--slides", self.slides.text().strip()]
        formats = [name for name, box in (("srt", self.srt), ("vtt", self.vtt)) if box.isChecked()]
        if self.target in VIDEO_KINDS and formats:
            args += ["--captions", ",".join(formats)]
        if self.target in VIDEO_KINDS:
            args += ["--profile", str(self.profile.currentData())]
        if self.target == "waiting-room" and self.end_card.text().strip():
            args += ["--end-card", self.end_card.text().strip()]
        if self.target == "handout":
            args += ["--paper", str(self.paper.currentData())]
        if self.target == "pack":
            args += ["--language", str(self.languages.currentData())]
        return args

    # --- running --------------------------------------------------------------------------
    def start_or_cancel(self) -> None:
        if self.worker is not None and self.worker.running:
            self.cancel()
        else:
            self.start()

    def start(self) -> None:
        if not self.out.text().strip():
            self.error.setText(self.tr("Choose where to save the export first."))
            return
        self.result_path = None
        self.error.setText("")
        self.show_folder.hide()
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(self.tr("Starting…"))
        self.go.setText(self.tr("Cancel"))
        self.close_button.setEnabled(False)
        self.worker = Worker(self.arguments(), self)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.status.setText(self.tr("Stopping… the unfinished files are being removed."))
            self.go.setEnabled(False)
            self.worker.stop()

    def _progress(self, fraction: float, phase: str, left: float) -> None:
        self.bar.setValue(round(fraction * 1000))
        percent = round(fraction * 100)
        doing = (
            self.tr("Rendering the slides that are missing: {0}%") if phase == "render" else self.tr("Writing: {0}%")
        ).format(percent)
        if left >= 0:
            minutes = round(left / 60)
            remaining = (
                self.tr("about {0} min left").format(minutes) if minutes >= 1 else self.tr("less than a minute left")
            )
            doing = f"{doing} · {remaining}"
        self.status.setText(doing)

    def _finished(self, code: int, errors: str, said: str) -> None:
        worker, self.worker = self.worker, None
        self.go.setEnabled(True)
        self.go.setText(self.tr("Export"))
        self.close_button.setEnabled(True)
        out = Path(self.out.text().strip()).expanduser()
        if code == 0:
            self.bar.setValue(1000)
            self.result_path = out
            self.status.setText(self.tr("Done: {0}").format(out))
            self.show_folder.show()
            return
        shutil.rmtree(staging_folder(out.absolute()), ignore_errors=True)  # if it had to be killed
        self.bar.hide()
        if worker is not None and worker.stopping:
            self.status.setText(self.tr("Stopped. Nothing was saved."))
            return
        self.status.setText("")
        lines = [
            line.removeprefix("presenter export: ").removeprefix("presenter: ")
            for line in errors.splitlines()
            if line.strip() and not line.startswith("warning:")
        ]
        self.error.setText("\n".join(lines[-4:]) or self.tr("The export did not finish."))

    def reveal(self) -> None:
        """Open the folder holding the result in the system's file manager."""
        if self.result_path is not None:
            folder = self.result_path if self.result_path.is_dir() else self.result_path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if self.worker is not None and self.worker.running:
            self.cancel()
            return
        super().reject()
