"""The editor's pictures: each step's last frame from the render cache, and re-rendering a slide.

A mixin of EditorWindow (it uses the window's model, cache, background renders,
picture labels and progress bar). Renders run at preview quality in the
presenter's background render machinery (a subprocess); words never wait.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap

from presenter.app.frames import still
from presenter.render.key import render_key
from presenter.render.runner import RenderJob

if TYPE_CHECKING:  # to the type checker the mixin is the window it is mixed into
    from PySide6.QtWidgets import QLabel, QMainWindow as _Window, QProgressBar

    from presenter.app.editor_model import EditorModel
    from presenter.app.renders import BackgroundRenders
    from presenter.render.cache import RenderCache
else:
    _Window = object

PICTURE = (320, 180)


def tr(text: str) -> str:
    return QCoreApplication.translate("editor", text)


class Pictures(_Window):
    """Step pictures and background re-renders for EditorWindow."""

    # what it uses of EditorWindow
    model: EditorModel
    cache: RenderCache
    renders: BackgroundRenders
    pictures: dict[int, QLabel]
    current: int
    progress: QProgressBar
    status: QLabel

    def _manifest(self, index: int):
        deck, spec = self.model.result.deck, None
        if deck is None or index >= len(deck.slides):
            return None, None
        slide = deck.slides[index]
        spec = self.model.catalog.get(slide.scene)
        if spec is None:
            return None, None
        key = render_key(slide, spec, "preview")
        return self.cache.find(key) or self.cache.last_good(deck.name, slide.id, "preview"), key

    def _show_pictures(self, index: int) -> None:
        manifest, _ = self._manifest(index)
        steps = self.model.document.get(f"slides[{index}].steps") or []
        for s_index, picture in self.pictures.items():
            step_id = str(steps[s_index].get("id")) if s_index < len(steps) else ""
            image = None
            if manifest is not None and step_id in manifest.step_ids:
                image = still(manifest.video(step_id), "last")
            if image is not None and not image.isNull():
                picture.setPixmap(
                    QPixmap.fromImage(image).scaled(
                        *PICTURE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                )
            else:
                picture.setText(tr("No picture yet"))

    def _queue_render(self) -> None:
        index = self.current
        if index < 0 or self.model.result.errors:
            return
        manifest, key = self._manifest(index)
        deck = self.model.result.deck
        if key is None or deck is None or (manifest is not None and manifest.key == key.digest):
            return
        slide = deck.slides[index]
        job = RenderJob(deck, slide, self.model.catalog[slide.scene], key)
        self.renders.set_current(index)
        self.renders.want({(index, "preview"): job})

    def _render_progress(self, running: bool, message: str = "") -> None:
        self.progress.setVisible(running)
        if running:
            self.status.setText(tr("Making the new picture…"))
        elif message:
            self.status.setText(message)

    def _render_landed(self, slide: int, _quality: str, _manifest, _digest: str) -> None:
        if slide == self.current:
            self._show_pictures(slide)
