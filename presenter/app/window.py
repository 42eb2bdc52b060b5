"""PresenterWindow: one deck, step by step, the narration below the video.

The window only shows the Navigator's state (position and phase) and turns
keys, clicks and a video's end into Navigator calls. PLAYING starts the
step's video from its beginning; HELD shows the step's last frame (kept from
playback, or decoded when stepping back); WAITING shows a placeholder while
the slide is rendered in the background.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from presenter.app import style
from presenter.app.frames import LastFrames
from presenter.app.keys import command_for
from presenter.app.placeholder import Placeholder
from presenter.app.renders import BackgroundRenders, RendererLike
from presenter.app.video import StepPlayer, VideoView
from presenter.catalog import SceneSpec
from presenter.deck.model import Deck
from presenter.navigation import Navigator, Phase, Position
from presenter.playable import best_render
from presenter.render.cache import RenderCache
from presenter.render.manifest import Manifest


class PresenterWindow(QMainWindow):
    """Presents a checked deck; renders missing slides in the background."""

    def __init__(self, deck: Deck, catalog: Mapping[str, SceneSpec], cache: RenderCache,
                 renderer: RendererLike | None = None):
        super().__init__()
        self.deck = deck
        self.navigator = Navigator([len(slide.steps) for slide in deck.slides])
        self.manifests: list[Manifest | None] = []
        stale: list[int] = []
        for index, slide in enumerate(deck.slides):
            manifest, up_to_date = best_render(deck, slide, catalog[slide.scene], cache)
            self.manifests.append(manifest)
            if not up_to_date:
                stale.append(index)
        self.failures: dict[int, str] = {}
        self._newer: dict[int, Manifest] = {}  # fresh renders of the slide on screen, used from its start
        self._rendering: int | None = None
        self._awaiting: Path | None = None  # show this video's decoded last frame when it arrives
        self._notes: list[str] = []  # problems worth a quiet line at the bottom

        self.setWindowTitle(f"{deck.title} — Brain Explainer")
        self.resize(1280, 800)
        self.setMinimumSize(720, 480)
        self.setStyleSheet(style.STYLESHEET)
        self._build()

        self.player = StepPlayer(self)
        self.player.frame.connect(self.view.set_frame)
        self.player.finished.connect(self._on_video_end)
        self.player.failed.connect(lambda path, message: self._note(f"Could not play {path.name}: {message}"))
        self.frames = LastFrames(parent=self)
        self.frames.ready.connect(self._on_last_frame)
        self.renders = BackgroundRenders(deck, catalog, cache, stale, renderer, parent=self)
        self.renders.started.connect(self._on_render_started)
        self.renders.landed.connect(self._on_render_landed)
        self.renders.failed.connect(self._on_render_failed)
        self.renders.idle.connect(self._update_status)

        self.navigator.subscribe(self._show)
        self._show(self.navigator)
        for index, manifest in enumerate(self.manifests):
            if manifest is not None:
                self.navigator.mark_ready(index)
        self.renders.start()

    # --- layout ------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(objectName="central")
        self.deck_title = QLabel(self.deck.title, objectName="header")
        self.slide_title = QLabel(objectName="slideTitle")
        self.position_label = QLabel(objectName="position")
        self.view = VideoView()
        self.placeholder = Placeholder()
        self.stage = QStackedWidget()
        self.stage.addWidget(self.view)
        self.stage.addWidget(self.placeholder)
        self.narration = QLabel(objectName="narration")
        self.narration.setWordWrap(True)
        self.narration.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.narration.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.status = QLabel(objectName="status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)

        header = QHBoxLayout()
        header.setSpacing(14)
        header.addWidget(self.deck_title)
        header.addWidget(QLabel("·", objectName="header"))
        header.addWidget(self.slide_title)
        header.addStretch(1)
        header.addWidget(self.position_label)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(40, 20, 40, 16)
        layout.setSpacing(18)
        layout.addLayout(header)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.narration)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self.blank = QWidget(self)
        self.blank.setStyleSheet("background: black;")
        self.blank.hide()
        for widget in central.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scale_type()

    def _scale_type(self) -> None:
        """Narration large enough to read from across a room; header and status smaller."""
        height = self.height()
        narration = max(28, round(height * 0.036))
        self.narration.setFont(style.font(narration))
        side = max(0, (self.width() - 80 - narration * 38) // 2)  # about 75 characters a line
        self.narration.setContentsMargins(side, 0, side, 0)
        small = max(16, round(height * 0.021))
        for label in (self.deck_title, self.position_label, *self.findChildren(QLabel, "header")):
            label.setFont(style.font(small))
        self.slide_title.setFont(style.font(small, bold=True))
        self.status.setFont(style.font(max(14, round(height * 0.017))))

    # --- showing the navigator's state -------------------------------------
    def video_path(self, position: Position) -> Path | None:
        manifest = self.manifests[position.slide]
        if manifest is None:
            return None
        return manifest.video(self.deck.slides[position.slide].steps[position.step].id)

    def _neighbour(self, position: Position, offset: int) -> Position | None:
        flat = [Position(s, t) for s in range(len(self.deck.slides))
                for t in range(self.navigator.step_count(s))]
        index = flat.index(position) + offset
        return flat[index] if 0 <= index < len(flat) else None

    def _show(self, navigator: Navigator) -> None:
        position, phase = navigator.position, navigator.phase
        for index in [s for s in self._newer if s != position.slide or (
                phase is Phase.PLAYING and position.step == 0)]:
            self.manifests[index] = self._newer.pop(index)  # a fresh render, from the slide's start
        self.renders.set_current(position.slide)
        slide = self.deck.slides[position.slide]
        self.slide_title.setText(slide.title)
        self.position_label.setText(f"Slide {position.slide + 1} of {len(self.deck.slides)} · "
                                    f"Step {position.step + 1} of {len(slide.steps)}")
        self.narration.setText(slide.steps[position.step].narration.strip())
        path = self.video_path(position)
        self._awaiting = None
        self._update_status()
        before = self._neighbour(position, -1)
        if before is not None and (before_path := self.video_path(before)) is not None:
            self.frames.request(before_path)  # so stepping back is instant
        if phase is Phase.WAITING or path is None:
            self.player.stop()
            self.view.clear()  # never show another slide's picture when this one arrives
            self._show_placeholder(position.slide)
            return
        self.stage.setCurrentWidget(self.view)
        if phase is Phase.PLAYING:
            self.player.play(path)
            following = self._neighbour(position, 1)
            self.player.preload(self.video_path(following) if following else None)
        elif self.player.ended != path:  # HELD, but not by playing to the end: show the last frame
            self.player.stop()
            self._show_last_frame(path)

    def _show_placeholder(self, slide: int) -> None:
        if slide in self.failures:
            self.placeholder.show_failed(slide, len(self.deck.slides), self.failures[slide])
        else:
            self.placeholder.show_preparing(slide, len(self.deck.slides), self._rendering == slide)
        self.stage.setCurrentWidget(self.placeholder)

    def _show_last_frame(self, path: Path) -> None:
        image = self.frames.request(path)
        if image is not None:
            self.view.set_image(image)
        else:
            self._awaiting = path

    def _saw_last_frame(self, position: Position) -> bool:
        """Whether the view shows the video's final frame (a backend may drop a late one)."""
        manifest = self.manifests[position.slide]
        step_id = self.deck.slides[position.slide].steps[position.step].id
        video = next((v for v in manifest.steps if v.step == step_id), None) if manifest else None
        if video is None or video.fps <= 0:
            return True
        last_start = (video.frames - 1) / video.fps * 1e6
        return self.player.last_time >= last_start - 0.5e6 / video.fps

    def _on_video_end(self, path: Path) -> None:
        position = self.navigator.position
        if path != self.video_path(position) or self.navigator.phase is not Phase.PLAYING:
            return
        if self._saw_last_frame(position):
            self.frames.put(path, self.view.image)
            self.navigator.step_finished()
        else:
            self.navigator.step_finished()
            self._show_last_frame(path)

    def _on_last_frame(self, path: Path, image: QImage) -> None:
        if path == self._awaiting:
            self._awaiting = None
            self.view.set_image(image)

    # --- background renders ------------------------------------------------
    def _on_render_started(self, slide: int) -> None:
        self._rendering = slide
        self._update_status()
        if self.navigator.phase is Phase.WAITING and self.navigator.position.slide == slide:
            self._show_placeholder(slide)

    def _on_render_landed(self, slide: int, manifest: Manifest) -> None:
        self.failures.pop(slide, None)
        if self._rendering == slide:
            self._rendering = None
            self._update_status()
        if self.navigator.is_ready(slide) and self.navigator.position.slide == slide:
            self._newer[slide] = manifest  # don't swap videos in the middle of a slide
            return
        self.manifests[slide] = manifest
        self.navigator.mark_ready(slide)

    def _on_render_failed(self, slide: int, error: str) -> None:
        self.failures[slide] = error
        if self._rendering == slide:
            self._rendering = None
        self._note(f"Slide {slide + 1}: the animation could not be prepared.")
        if self.navigator.phase is Phase.WAITING and self.navigator.position.slide == slide:
            self._show_placeholder(slide)

    def _note(self, text: str) -> None:
        self._notes = [*self._notes[-1:], text]
        self._update_status()

    def _update_status(self) -> None:
        """What happens out of sight: renders of other slides, and problems."""
        slide, text = self._rendering, " · ".join(self._notes)
        on_screen = slide == self.navigator.position.slide and self.navigator.phase is Phase.WAITING
        if slide is not None and not on_screen:
            doing = "Updating" if self.manifests[slide] is not None else "Preparing"
            text = f"{doing} slide {slide + 1} of {len(self.deck.slides)} in the background…"
        self.status.setText(text)

    # --- input -------------------------------------------------------------
    def commands(self) -> dict[str, Callable[[], object]]:
        """What each command of presenter.app.keys does."""
        nav = self.navigator
        return {"next": nav.next, "previous": nav.previous, "replay": nav.replay,
                "first": lambda: nav.go_to_slide(0),
                "last": lambda: nav.go_to_slide(nav.slide_count - 1),
                "blank": self.show_blank, "fullscreen": self.toggle_fullscreen,
                "leave-fullscreen": lambda: self.isFullScreen() and self.showNormal()}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = command_for(event.key())
        if self.blank.isVisible():
            self.blank.hide()  # any key wakes a blanked screen without moving on
        elif command is not None:
            self.commands()[command]()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            if self.blank.isVisible():
                self.blank.hide()
            else:
                self.navigator.next()
        else:
            super().mousePressEvent(event)

    def show_blank(self) -> None:
        """Black out the screen (a clicker's blank button); any key or click wakes it."""
        self.blank.setGeometry(self.rect())
        self.blank.show()
        self.blank.raise_()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # --- Qt events ---------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale_type()
        self.blank.setGeometry(self.rect())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop renders (terminating their subprocess) and decoding before closing."""
        self.renders.stop()
        self.player.stop()
        self.frames.shutdown()
        super().closeEvent(event)
