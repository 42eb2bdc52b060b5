"""Shared fixtures. Tests run headless: QT_QPA_PLATFORM=offscreen."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the user's own decks folder: decks found by name are the built-in ones unless a test sets its own.
os.environ.setdefault("PRESENTER_DECKS", os.path.join(os.path.dirname(__file__), "fixtures", "no-such-decks-folder"))

import pytest  # noqa: E402

from presenter import paths  # noqa: E402


@pytest.fixture(scope="session")
def builtin_preview(tmp_path_factory):
    """The built-in decks rendered once at preview quality: (cache folder, summary).

    Every slide of the English opioids deck, the first slide of every other scene
    (so every scene renders for real once), and the first slide of the Spanish
    opioids deck (a language edition is a render of its own). The other slides'
    words are checked without video by the scene probes (test_content,
    test_scenes), which keeps the suite within its time on two cores.
    $PRESENTER_TEST_PREVIEW_CACHE names a folder to keep these renders in between runs."""
    from presenter.catalog import load_catalog
    from presenter.deck.check import load_deck
    from presenter.render.cache import RenderCache
    from presenter.render.runner import Renderer, plan

    kept = os.environ.get("PRESENTER_TEST_PREVIEW_CACHE")
    if kept:
        cache = Path(kept)
    elif os.environ.get("PYTEST_XDIST_WORKER"):  # one folder for all of pytest-xdist's workers: rendered once
        cache = tmp_path_factory.getbasetemp().parent / "builtin-preview"
    else:
        cache = tmp_path_factory.mktemp("builtin-preview")
    decks = [load_deck(path) for path in paths.builtin_decks()]
    every = plan(decks, load_catalog(), "preview")
    jobs = [
        job
        for job in every
        if job.deck.name == "opioids" or (job.deck.name == "opioids.es" and job.slide is job.deck.slides[0])
    ]
    scenes = {job.slide.scene for job in jobs}
    for job in every:
        if job.deck.language == "en" and job.slide.scene not in scenes:
            jobs.append(job)
            scenes.add(job.slide.scene)
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache.parent / f"{cache.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other workers wait, then find every render made
        summary = Renderer(RenderCache(cache), jobs=2).run(jobs)
    return cache, summary


@pytest.fixture(scope="session", autouse=True)
def private_settings(tmp_path_factory):
    """Never the user's own settings (their clinic details would change the decks' words); a test may set its own."""
    with pytest.MonkeyPatch.context() as patch:
        if not os.environ.get(paths.CONFIG_ENV):
            patch.setenv(paths.CONFIG_ENV, str(tmp_path_factory.mktemp("config") / "settings.json"))
        yield


@pytest.fixture(autouse=True)
def english_app_words():
    """Each test starts with the app speaking English (a test may switch it to a deck's language)."""
    yield
    import sys

    i18n = sys.modules.get("presenter.app.i18n")
    if i18n is not None:
        i18n.use_language("en")


@pytest.fixture(autouse=True)
def windows_deleted_between_tests():
    """What a test's ended shows handed to deleteLater is deleted before the next test starts."""
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_network_connections(monkeypatch):
    """Nothing in a show, check, render or export opens a network connection (local sockets are fine)."""
    import socket

    def guard(real):
        def connect(self, address):
            if self.family == getattr(socket, "AF_UNIX", None):
                return real(self, address)
            raise AssertionError(f"a network connection was opened, to {address!r}")

        return connect

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, guard(getattr(socket.socket, name)))


def _children() -> set[int]:
    """Running (not zombie) child processes of this process, from /proc (Linux; elsewhere none)."""
    found: set[int] = set()
    for tasks in Path(f"/proc/{os.getpid()}/task").glob("*/children"):
        try:
            pids = tasks.read_text().split()
        except OSError:  # that thread has just ended
            continue
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if state != "Z":
                found.add(int(pid))
    return found


@pytest.fixture(autouse=True)
def nothing_left_running():
    """A test must not leave Python threads (timers are threads) or subprocesses running.

    Threads Qt or another library starts outside Python (dummy threads) are not counted.
    """
    import threading
    import time

    threads, children = set(threading.enumerate()), _children()
    yield
    deadline = time.monotonic() + 2.0
    while True:
        left = [
            t
            for t in threading.enumerate()
            if t not in threads and t.is_alive() and not isinstance(t, threading._DummyThread)
        ]
        running = _children() - children
        if not (left or running) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert not left, f"threads left running: {[t.name for t in left]}"
    assert not running, f"subprocesses left running: {sorted(running)}"


@pytest.fixture(autouse=True)
def no_timers_left_running(monkeypatch):
    """A test must not leave a QTimer running (after pytest-qt has closed its widgets).

    Tracks every QTimer started during the test, as napari's dangling-timer fixture does;
    a timer whose object Qt has already deleted counts as stopped.
    """
    import sys
    import weakref

    if "PySide6.QtCore" not in sys.modules:  # a test that never touches Qt
        yield
        return
    from PySide6.QtCore import QTimer

    started: weakref.WeakSet = weakref.WeakSet()
    real_start = QTimer.start

    def start(self, *args):
        started.add(self)
        return real_start(self, *args)

    monkeypatch.setattr(QTimer, "start", start)
    yield

    def active(timer: QTimer) -> bool:
        try:
            return timer.isActive()
        except RuntimeError:  # the C++ object is gone
            return False

    left = [t for t in list(started) if active(t)]
    for timer in left:
        timer.stop()
    assert not left, f"timers left running: {[t.objectName() or repr(t.parent()) for t in left]}"
