"""The presenter window (Qt): plays a deck step by step, narration below the video.

Qt lives only here. The window shows the state of a Qt-free
:class:`presenter.navigation.Navigator` and sends user actions to it; renders
are made in subprocesses by :class:`presenter.render.runner.Renderer`, so
Manim is never imported into the app.
"""
