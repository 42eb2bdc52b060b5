"""The presenter window (Qt): plays a deck step by step, narration below the video.

Qt lives only here. The window shows the state of a Qt-free
:class:`presenter.navigation.Navigator` and sends user actions to it; renders
are made in subprocesses by :class:`presenter.render.runner.Renderer`, so
Manim is never imported into the app.
"""

import os

# Qt's FFmpeg backend prints a stream dump for every file it opens, and notes
# about optional libraries (PipeWire, GPU conversion) it does without. Quiet
# them before QtMultimedia loads; real warnings still show.
QUIET_QT = ";".join(
    (
        "qt.multimedia.*.debug=false",
        "qt.multimedia.*.info=false",
        "qt.multimedia.symbolsresolver=false",
        "qt.rhi.*=false",
    )
)
os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT)
