"""A `presenter` command run in a worker process, with its progress as Qt signals.

Exports and "prepare for presenting" renders run as ``python -m presenter ...``
in a QProcess, so a failure cannot take the app down and the window stays
responsive. Progress comes from the command's own lines: ``[3/10] ...`` while
slides render, ``encoding: 45%`` (or ``packing:``) while a file is written. Stopping sends
Ctrl+C (the command removes what it had half written), then kills it if it
does not stop within a few seconds.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

RENDER_LINE = re.compile(r"^\[(\d+)/(\d+)\]")
PERCENT_LINE = re.compile(r"(?:encoding|packing): (\d+)%")
STOP_GRACE_MS = 5000


class Worker(QObject):
    """Runs one command. ``progress(fraction, phase, seconds left or -1)`` with phase "render" or
    "write"; ``finished(exit code, what it printed on stderr, on stdout)``."""

    progress = Signal(float, str, float)
    finished = Signal(int, str, str)

    def __init__(self, args: Sequence[str], parent: QObject | None = None, environment: dict[str, str] | None = None):
        super().__init__(parent)
        self.args = list(args)
        self.process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONUNBUFFERED", "1")
        for name, value in (environment or {}).items():
            env.insert(name, value)
        self.process.setProcessEnvironment(env)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._done)
        self._out, self._err, self._pending = "", "", ""
        self._phase, self._phase_started = "", 0.0
        self.stopping = False

    def start(self) -> None:
        self.process.start(sys.executable, ["-m", "presenter", *self.args])

    @property
    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def stop(self) -> None:
        """Ask the command to stop (it cleans up), and kill it if it has not within a few seconds."""
        if not self.running:
            return
        self.stopping = True
        pid = self.process.processId()
        if sys.platform != "win32" and pid:
            os.kill(pid, signal.SIGINT)
        else:
            self.process.terminate()
        QTimer.singleShot(STOP_GRACE_MS, self.process.kill)

    def _read(self) -> None:
        text = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        self._out += text
        self._pending += text.replace("\r", "\n")
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self._line(line)

    def _line(self, line: str) -> None:
        if match := RENDER_LINE.match(line.strip()):
            done, total = int(match[1]), int(match[2])
            self._report("render", done / max(1, total))
        elif match := PERCENT_LINE.search(line):
            self._report("write", int(match[1]) / 100)

    def _report(self, phase: str, fraction: float) -> None:
        now = time.monotonic()
        if phase != self._phase:
            self._phase, self._phase_started = phase, now
        elapsed = now - self._phase_started
        left = elapsed * (1 - fraction) / fraction if fraction >= 0.03 and elapsed > 1 else -1.0
        self.progress.emit(fraction, phase, left)

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        self._err += bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        self.finished.emit(code, self._err.strip(), self._out.strip())
