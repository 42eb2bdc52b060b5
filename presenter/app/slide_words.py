"""What the clinician reads about a slide's animation: the card that stands in for it, and notes.

The one place for these words (the bookkeeping in ``presenter.slide_renders``
keeps troubles and notes as data); all are translatable.
"""

from __future__ import annotations

from presenter.app.i18n import tr
from presenter.slide_renders import Note, Trouble


def trouble(why: Trouble) -> str:
    """Why a step cannot be shown, and what to do (the placeholder's detail line)."""
    if why.kind == "missing":
        return tr("Its video file is missing. Press R to prepare it again.")
    if why.kind == "damaged":
        return tr("The video is damaged ({why}). Press R to prepare it again.").format(why=_damage(why))
    if why.kind == "read-only":
        return tr("It is not prepared, and this computer cannot prepare it: the render folder is read-only.")
    return tr("It could not be prepared: {error}. Press R to try again.").format(error=why.detail)


def note(message: Note) -> str:
    """A quiet line for the presenter view's status."""
    why, slide = message.trouble, message.slides[0] + 1 if message.slides else 0
    if why.kind == "missing":
        return tr("Slide {slide}: {file} is missing.").format(slide=slide, file=message.file)
    if why.kind == "damaged":
        return tr("Slide {slide}: {file} could not be played: {why}.").format(
            slide=slide, file=message.file, why=_damage(why)
        )
    if why.kind == "read-only":
        return tr("The render folder is read-only: slides {slides} cannot be prepared here.").format(
            slides=", ".join(str(index + 1) for index in message.slides)
        )
    return tr("Slide {slide}: the animation could not be prepared ({error}).").format(slide=slide, error=why.detail)


def placeholder(slide: int, slides: int, why: Trouble | None, rendering: bool) -> tuple[str, str]:
    """(headline, detail) of the card shown instead of slide ``slide``'s animation (0-based)."""
    where = tr("Slide {slide} of {slides}").format(slide=slide + 1, slides=slides)
    if why is not None:
        return tr("This animation can't be shown right now."), f"{where} · {trouble(why)}"
    if rendering:
        return tr("Preparing the animation…"), f"{where} · " + tr("it starts by itself when it is ready")
    return tr("Preparing the animation…"), f"{where} · " + tr("waiting for its turn to be prepared")


def _damage(why: Trouble) -> str:
    return why.detail or tr("it cannot be decoded")
