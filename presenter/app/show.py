"""Show: a presentation's two windows, placed on the screens, with one set of keys.

With two screens the audience view fills the external screen and the
presenter view sits on the laptop; D swaps them. With one screen S switches
between the presenter view and the audience view (the laptop turned toward
the patient). Every key works in both windows. Quitting always asks, on the
clinician's screen.

What is meant for the clinician (notices, help, questions) goes to the
presenter view, never to the audience view; in one-screen audience mode only
what the clinician asks for (help, the question before ending) appears, in
the deck's language. The glossary is the one panel for the patient: a paged
card on the audience view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

from presenter.app import dialogs
from presenter.app.audience import AudienceWindow
from presenter.app.glossary import GlossaryCard
from presenter.app.i18n import tr
from presenter.app.keys import KeyInput, command_for, help_rows, mouse_rows
from presenter.app.overview import Overview, Thumbnails
from presenter.app.presentation import Presentation
from presenter.app.presenter_view import PresenterView
from presenter.app.screens import ScreenInfo, assign_screens, swapped
from presenter.navigation import Position
from presenter.playback import SKIP_MS
from presenter.settings import Settings


class Show(QObject):
    """The audience and presenter windows of one presentation; ``ended`` when it is over."""

    ended = Signal()

    def __init__(
        self, presentation: Presentation, settings: Settings, save: Callable[[Settings], None] = lambda settings: None
    ):
        super().__init__()
        self.presentation = presentation
        self.settings, self._save = settings, save
        self.keys = KeyInput()
        self.audience = AudienceWindow(presentation, lambda e: self.handle_key(e, self.audience), self._closing)
        self.presenter = PresenterView(presentation, lambda e: self.handle_key(e, self.presenter), self._closing)
        for window in (self.audience, self.presenter):
            window.help.set_rows(help_rows() + mouse_rows())
        thumbnails = Thumbnails(presentation)  # the overview's (Tab): on the clinician's window only
        self.overviews = {
            window: Overview(window, presentation, thumbnails) for window in (self.audience, self.presenter)
        }
        for overview in self.overviews.values():
            overview.chosen.connect(presentation.navigator.go_to)
        self.two_screens = False
        self._ending = False
        app = QGuiApplication.instance()
        self._screen_watch = [
            app.screenAdded.connect(self._screens_changed),
            app.screenRemoved.connect(self._screens_changed),
        ]

    def _screens_changed(self, _screen: object) -> None:
        self.place()

    # --- screens -------------------------------------------------------------------
    def place(self) -> None:
        """Put each window on its screen (again, after a screen comes or goes)."""
        if self._ending:
            return
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        infos = [ScreenInfo(s.name(), s is primary) for s in screens]
        audience, presenter = assign_screens(infos, self.settings.screen)
        self.two_screens = presenter is not None
        if presenter is None:
            show_presenter = self.settings.presenter_view
            self._put(self.presenter if show_presenter else self.audience, screens[0], full=False)
            (self.audience if show_presenter else self.presenter).hide()
            self._focus(self.presenter if show_presenter else self.audience)
            return
        self._put(self.audience, screens[audience], full=True)
        if self.settings.presenter_view:
            self._put(self.presenter, screens[presenter], full=False)
            self._focus(self.presenter)
        else:
            self.presenter.setScreen(screens[presenter])  # questions and help open there
            self.presenter.hide()
            self._focus(self.audience)

    def _put(self, window: QWidget, screen, full: bool) -> None:  # noqa: ANN001 (QScreen)
        was_full = window.isFullScreen()
        if window.screen() is not screen:
            window.hide()
            window.setScreen(screen)
            area = screen.availableGeometry()
            window.move(area.topLeft())
            window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
        if full or was_full:  # full screen is kept across S, S (a hidden window keeps its state)
            window.showFullScreen()
        elif not window.isVisible():
            window.showMaximized()

    def _focus(self, window: QWidget) -> None:
        if QGuiApplication.platformName() != "offscreen":
            window.raise_()
            window.activateWindow()

    def audience_screen(self) -> str:
        return self.audience.screen().name()

    def swap_screens(self) -> None:
        if not self.two_screens:
            self._notice(tr("Only one screen is connected."))
            return
        screens = QGuiApplication.screens()
        infos = [ScreenInfo(s.name(), s is QGuiApplication.primaryScreen()) for s in screens]
        current = [s.name for s in infos].index(self.audience_screen())
        self._remember(screen=swapped(infos, current))
        self.place()

    def toggle_presenter_view(self) -> None:
        self._remember(presenter_view=not self.settings.presenter_view)
        self.place()

    # --- keys ----------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent, window: QWidget) -> bool:
        """Act on a key pressed in either window; False if it is not ours."""
        p = self.presentation
        if command_for(event.key(), event.modifiers()) == "quit":
            self.request_quit(window)
            return True
        overview = next((o for o in self.overviews.values() if o.isVisible()), None)
        if overview is not None:  # arrows and Enter choose a step; Esc and Tab close
            overview.handle_key(event.key())
            return True
        command, target = self.keys.press(event.key(), event.text(), event.modifiers())
        glossary = self._glossary_card()
        if glossary.isVisible():  # the clicker pages it; any other key closes it
            if not (command in ("next", "previous") and glossary.turn(1 if command == "next" else -1)):
                glossary.hide()
            self._glossary_status()
            return True
        panels = [w.help for w in (self.audience, self.presenter)]
        if any(panel.isVisible() for panel in panels):  # any key closes help
            for panel in panels:
                panel.hide()
            return True
        if p.blank is not None and command not in ("black", "white"):
            p.wake()  # any key wakes a blanked screen without moving on
            return True
        if command == "typing":
            self._typing()
            return True
        if command == "go-to" and target is not None:
            self._go_to(*target)
            return True
        if p.finished and command in ("pause", "back", "forward", "frame-back", "frame-forward"):
            return True  # the end card is up: no step to move within
        action = self.actions(window).get(command or "")
        if action is None:
            return False
        action()
        return True

    def _typing(self) -> None:
        slide, dot, step = self.keys.typed.partition(".")
        if not slide:
            self._notice("")
        elif dot:
            self._notice(tr("Go to slide {slide}, step {step}…  (Enter)").format(slide=slide, step=step), seconds=4)
        else:
            self._notice(tr("Go to slide {number}…  (Enter)").format(number=slide), seconds=4)

    def _go_to(self, slide: int, step: int | None) -> None:
        """Go to a slide (counted from 1), or to one of its steps; say so when there is no such one."""
        p = self.presentation
        if not 1 <= slide <= len(p.deck.slides):
            self._notice(
                tr("There is no slide {number}: this deck has {count}.").format(number=slide, count=len(p.deck.slides))
            )
        elif step is None:
            p.go_to(slide)
            self._notice("")
        elif p.navigator.go_to(Position(slide - 1, step - 1)):
            self._notice("")
        else:
            self._notice(
                tr("Slide {slide} has {count} steps: there is no step {step}.").format(
                    slide=slide, count=p.navigator.step_count(slide - 1), step=step
                )
            )

    def actions(self, window: QWidget) -> dict[str, Callable[[], object]]:
        p = self.presentation
        clock = p.playback
        return {
            "next": p.next,
            "previous": p.previous,
            "first": p.first,
            "last": p.last,
            "replay": p.replay,
            "pause": clock.toggle_pause,
            "back": lambda: clock.skip(-SKIP_MS),
            "forward": lambda: clock.skip(SKIP_MS),
            "frame-back": lambda: clock.step_frames(-1),
            "frame-forward": lambda: clock.step_frames(1),
            "overview": self._overview,
            "black": lambda: p.toggle_blank("black"),
            "white": lambda: p.toggle_blank("white"),
            "captions": self._toggle_captions,
            "slower": lambda: self._speed(-1),
            "faster": lambda: self._speed(+1),
            "presenter-view": self.toggle_presenter_view,
            "swap-screens": self.swap_screens,
            "glossary": self._glossary,
            "help": self._help,
            "fullscreen": lambda: window.showNormal() if window.isFullScreen() else window.showFullScreen(),
            "leave-fullscreen": lambda: window.isFullScreen() and window.showNormal(),
            "quit": lambda: self.request_quit(window),
            "erase-marks": p.marks.erase,
            "undo-mark": p.marks.undo,
            "zoom-out": p.marks.zoom_out,
            "pen-colour": self._next_pen_colour,
        }

    def _toggle_captions(self) -> None:
        p = self.presentation
        p.toggle_captions()
        self._remember(captions=p.captions, large_captions=p.large_captions)
        self._notice(
            tr("Captions off") if not p.captions else tr("Large captions") if p.large_captions else tr("Captions on")
        )

    def _speed(self, direction: int) -> None:
        self.presentation.change_speed(direction)
        self._remember(speed=self.presentation.speed)
        self._notice(tr("Speed {speed}×").format(speed=f"{self.presentation.speed:g}"))

    def _next_pen_colour(self) -> None:
        self.presentation.marks.next_colour()
        self._notice(self.presenter.marks_status()[0])

    def _glossary_card(self) -> GlossaryCard:
        """The patient's glossary: on the audience view, or over the presenter view when that is
        the only window (one screen, presenter view: the laptop turned to the patient)."""
        return self.audience.glossary if self.audience.isVisible() else self.presenter.glossary

    def _glossary(self) -> None:
        glossary = self._glossary_card()
        if glossary.isVisible():
            glossary.hide()
        else:
            glossary.set_terms(sorted(self.presentation.deck.glossary.items(), key=lambda item: item[0].lower()))
            glossary.appear()
        self._glossary_status()

    def _glossary_status(self) -> None:
        glossary = self.audience.glossary
        shown = glossary.page_count() if glossary.isVisible() else 0
        self.presenter.set_glossary_state(glossary.page + 1, shown)

    def _help(self) -> None:
        if not self.presenter.isVisible() and self.two_screens:
            self.toggle_presenter_view()  # help goes to the laptop, never to the patient's screen
        self._clinician_window().help.appear()

    def _overview(self) -> None:
        if not self.presenter.isVisible() and self.two_screens:
            self.toggle_presenter_view()  # like help: on the laptop, never on the patient's screen
        self.overviews[self._clinician_window()].open()

    def _clinician_window(self) -> AudienceWindow | PresenterView:
        """The window the clinician looks at: the presenter view, or the only screen's audience view."""
        return self.presenter if self.presenter.isVisible() or self.two_screens else self.audience

    def _notice(self, text: str, seconds: float = 2.0) -> None:
        """A short message for the clinician: on the presenter view only, never on the audience's."""
        if not self.presenter.isVisible():
            return
        if text:
            self.presenter.notice.say(text, seconds)
        else:
            self.presenter.notice.hide()

    def _remember(self, **changes: object) -> None:
        for name, value in changes.items():
            setattr(self.settings, name, value)
        self._save(self.settings)

    # --- ending ----------------------------------------------------------------------
    def request_quit(self, _window: QWidget | None = None) -> bool:
        """Ask on the clinician's screen, whichever window the key came from (Enter ends,
        Esc keeps presenting); True if it ended."""
        if self._ending or dialogs.ask(
            self._clinician_window(),
            tr("End the presentation?"),
            tr("The patient's screen closes. You can present again from the start."),
            tr("End"),
            tr("Keep presenting"),
        ):
            self.end()
            return True
        return False

    def _closing(self, event: QCloseEvent) -> None:
        if self._ending:
            event.accept()
            return
        event.ignore()
        self.request_quit()

    def end(self) -> None:
        """Stop everything and close both windows (no question asked)."""
        if self._ending:
            return
        self._ending = True
        for connection in self._screen_watch:  # the application would otherwise keep this show alive
            QGuiApplication.instance().disconnect(connection)
        self.presentation.close()
        self.audience.close()
        self.presenter.close()
        for window in (self.audience, self.presenter):  # clock, pointer and notice timers
            for timer in window.findChildren(QTimer):
                timer.stop()
            window.deleteLater()
        self.ended.emit()
