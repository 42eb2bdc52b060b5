"""`presenter doctor`: is everything the presenter needs installed and working?

Each check returns a :class:`Finding`; a failed one says exactly what to
install or do. ``diagnose(cache, quick=True)`` is the subset ``presenter
show`` runs at start: it loads libraries but never imports Manim or starts
a subprocess. The full run also imports Manim and plays a real H.264 clip
through Qt, each in a subprocess with a time limit.

Qt-free at import: PySide6 is imported only inside the Qt checks.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

RUN_SH = "or run ./run.sh, which installs everything that is missing"
PYTHON_FIX = "Run ./run.sh: it installs the Python packages into .venv."
MIN_PYTHON = (3, 11)
LOW_DISK = 2 * 1024**3  # warn: hd renders and a few decks' edits need room
NO_DISK = 300 * 1024**2  # fail: a render could fill the disk mid-session

# Debian packages for libraries that are not named by the soname rule (all are in run.sh).
DEBIAN_NAMES = {
    "libcairo": "libcairo2-dev",
    "libcairo-gobject": "libcairo2-dev",
    "libpango-1.0": "libpango1.0-dev",
    "libpangocairo-1.0": "libpango1.0-dev",
    "libpangoft2-1.0": "libpango1.0-dev",
    "libglib-2.0": "libglib2.0-0",
    "libgobject-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libOpenGL": "libgl1",
}
QT_PACKAGES = "libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libpulse0 libxkbcommon0"
XCB_PACKAGES = (
    "libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
)
_MISSING_LIBRARY = re.compile(r"(lib[\w.+-]+?)\.so(\.[\d.]+)?: cannot open shared object file")


@dataclass(frozen=True)
class Finding:
    """One check's result. ``ok`` with a ``fix`` is a warning: it works, but see the fix."""

    name: str
    ok: bool
    detail: str
    fix: str = ""

    @property
    def warning(self) -> bool:
        return self.ok and bool(self.fix)


def debian_package(library: str) -> str:
    """The Debian package shipping a shared library: libpulse.so.0 -> libpulse0."""
    match = re.match(r"(lib[\w.+-]+?)\.so\.?([\d.]*)", library)
    if match is None:
        return library
    name, version = match[1], match[2].split(".")[0]
    if name in DEBIAN_NAMES:
        return DEBIAN_NAMES[name]
    return (name + ("-" if name[-1].isdigit() else "") + version).lower()


def _install_fix(error: BaseException | str, fallback: str) -> str:
    """'Install it: sudo apt-get install X' for the library an error names, else the fallback packages."""
    missing = _MISSING_LIBRARY.search(str(error))
    packages = debian_package(missing[1] + ".so" + (missing[2] or "")) if missing else fallback
    if not sys.platform.startswith("linux"):
        return "Reinstall the Python packages: ./run.sh (or pip install -e . in the project's venv)."
    return f"Install it: sudo apt-get install {packages} ({RUN_SH})."


def _first_line(error: BaseException | str) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


# --- the checks -------------------------------------------------------------------------------


def check_python() -> Finding:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] >= MIN_PYTHON:
        return Finding("Python", True, f"Python {version}")
    return Finding(
        "Python",
        False,
        f"Python {version} is too old; 3.11 or newer is needed.",
        "Install python3.11 or newer, then: PYTHON=python3.11 ./run.sh",
    )


def check_cairo() -> Finding:
    try:
        cairo = importlib.import_module("cairo")  # pycairo: a few ms, loads libcairo
    except ModuleNotFoundError:
        return Finding("Cairo (Manim's drawing)", False, "pycairo is not installed.", PYTHON_FIX)
    except ImportError as error:
        return Finding(
            "Cairo (Manim's drawing)",
            False,
            f"libcairo cannot be loaded: {_first_line(error)}",
            _install_fix(error, "libcairo2-dev"),
        )
    return Finding("Cairo (Manim's drawing)", True, f"cairo {cairo.cairo_version_string()}")


def check_pango() -> Finding:
    """manimpango's compiled module and the Pango libraries it links, loaded without importing it."""
    name = "Pango (Manim's text)"
    spec = importlib.util.find_spec("manimpango")
    if spec is None or spec.origin is None:
        return Finding(name, False, "manimpango is not installed.", PYTHON_FIX)
    extensions = sorted(Path(spec.origin).parent.glob("cmanimpango*"))
    extensions = [e for e in extensions if e.suffix in {".so", ".pyd", ".dylib"}]
    if not extensions:
        return Finding(name, False, "manimpango is installed incompletely.", PYTHON_FIX)
    try:
        ctypes.CDLL(str(extensions[0]))
    except OSError as error:
        return Finding(
            name,
            False,
            f"the Pango libraries cannot be loaded: {_first_line(error)}",
            _install_fix(error, "libpango1.0-dev"),
        )
    library = ctypes.util.find_library("pangocairo-1.0") if sys.platform.startswith("linux") else None
    return Finding(name, True, f"manimpango with {library}" if library else "manimpango")


def check_manim() -> Finding:
    """Import Manim in a subprocess (the way the renderer uses it); seconds, so full mode only."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", "import manim; print(manim.__version__)"],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Finding(
            "Manim",
            False,
            "importing Manim took over 3 minutes.",
            "The machine is very busy; close other programs and run presenter doctor again.",
        )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        return Finding(
            "Manim",
            False,
            f"Manim cannot be imported: {reason}",
            _install_fix(reason, "libcairo2-dev libpango1.0-dev") if "shared object" in reason else PYTHON_FIX,
        )
    return Finding("Manim", True, f"Manim {result.stdout.strip()}")


def check_ffmpeg() -> Finding:
    """PyAV's FFmpeg: libx264 to write renders, h264 to read their last frames."""
    name = "FFmpeg (PyAV)"
    try:
        av = importlib.import_module("av")
    except ImportError as error:
        return Finding(name, False, f"PyAV cannot be imported: {_first_line(error)}", PYTHON_FIX)
    missing = []
    for codec, mode in (("libx264", "w"), ("h264", "r")):
        try:
            av.codec.Codec(codec, mode)
        except (ValueError, av.FFmpegError):
            missing.append(f"{codec} {'encoder' if mode == 'w' else 'decoder'}")
    if missing:
        return Finding(
            name,
            False,
            f"PyAV {av.__version__} has no {' or '.join(missing)}.",
            "Reinstall PyAV's own build (it includes x264): .venv/bin/python -m pip install "
            "--force-reinstall --only-binary=:all: av",
        )
    return Finding(name, True, f"PyAV {av.__version__}, FFmpeg {av.ffmpeg_version_info}, libx264 encoder")


def _qt_folders() -> tuple[Path, Path]:
    """(Qt's plugin folder, Qt's library folder); imports QtCore."""
    from PySide6.QtCore import QLibraryInfo

    return (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)),
    )


def _qt_avcodec(library_folder: Path) -> Path | str | None:
    """The libavcodec Qt's FFmpeg backend uses: Qt's own copy, else the system's."""
    for pattern in ("libavcodec.so.*", "libavcodec.*.dylib", "avcodec-*.dll"):
        for folder in (library_folder, library_folder.parent.parent):  # PySide6/Qt/lib, PySide6/
            found = sorted(folder.glob(pattern))
            if found:
                return found[0]
    return ctypes.util.find_library("avcodec")


def check_qt_multimedia() -> Finding:
    """QtMultimedia imports, its FFmpeg backend loads, and that FFmpeg has an H.264 decoder.

    QMediaFormat cannot answer this: it needs a QCoreApplication, and with
    PySide6 6.11's FFmpeg backend it leaves H.264 out of its decoder list
    although playback works. So the backend library is loaded and asked.
    """
    name = "Qt multimedia"
    importlib.import_module("presenter.app")  # quiets Qt's logging (QUIET_QT) before QtMultimedia loads
    try:
        importlib.import_module("PySide6.QtMultimedia")
        plugins, libraries = _qt_folders()
    except ImportError as error:
        if isinstance(error, ModuleNotFoundError) and error.name and error.name.startswith("PySide6"):
            return Finding(name, False, "PySide6 is not installed.", PYTHON_FIX)
        return Finding(name, False, f"Qt cannot be loaded: {_first_line(error)}", _install_fix(error, QT_PACKAGES))
    backends = sorted((plugins / "multimedia").glob("*ffmpegmediaplugin*"))
    if not backends:
        return Finding(
            name,
            False,
            f"Qt's FFmpeg media backend is missing from {plugins / 'multimedia'}.",
            "Reinstall PySide6 with its add-ons: .venv/bin/python -m pip install --force-reinstall "
            "PySide6-Essentials PySide6-Addons",
        )
    try:
        ctypes.CDLL(str(backends[0]))
    except OSError as error:
        return Finding(
            name,
            False,
            f"Qt's FFmpeg media backend cannot be loaded: {_first_line(error)}",
            _install_fix(error, "libpulse0"),
        )
    avcodec = _qt_avcodec(libraries)
    if avcodec is not None:
        try:
            codecs = ctypes.CDLL(str(avcodec))
            codecs.avcodec_find_decoder_by_name.restype = ctypes.c_void_p
            codecs.avcodec_find_decoder_by_name.argtypes = [ctypes.c_char_p]
            if not codecs.avcodec_find_decoder_by_name(b"h264"):
                return Finding(
                    name,
                    False,
                    f"Qt's FFmpeg ({avcodec}) cannot decode H.264.",
                    "Use the PySide6 wheels, whose FFmpeg decodes H.264: ./run.sh",
                )
        except (OSError, AttributeError) as error:
            return Finding(
                name, False, f"Qt's FFmpeg cannot be loaded: {_first_line(error)}", _install_fix(error, QT_PACKAGES)
            )
    from PySide6 import __version__ as pyside_version

    decoding = "with H.264 decoding" if avcodec is not None else "(H.264 checked by the full doctor only)"
    return Finding(name, True, f"PySide6 {pyside_version}, FFmpeg backend {decoding}")


PLAYBACK_SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
app = QGuiApplication(sys.argv[:1])
player, sink, frames = QMediaPlayer(), QVideoSink(), []
player.setVideoOutput(sink)
def on_frame(frame):
    if frame.isValid():
        frames.append(frame.size())
        if len(frames) >= 3:
            app.exit(0)
sink.videoFrameChanged.connect(on_frame)
player.errorOccurred.connect(lambda error, text: (print(text, file=sys.stderr), app.exit(2)))
player.setSource(QUrl.fromLocalFile(sys.argv[1]))
player.play()
QTimer.singleShot(20000, lambda: (print("no frame within 20 s", file=sys.stderr), app.exit(3)))
sys.exit(app.exec())
"""


def _write_test_clip(path: Path) -> None:
    """Half a second of H.264 (yuv420p), encoded as the renderer encodes."""
    import av

    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=15)
        stream.width, stream.height, stream.pix_fmt = 160, 90, "yuv420p"
        for index in range(8):
            frame = av.VideoFrame(160, 90, "rgb24")
            frame.planes[0].update(bytes([11, 23, 38 + index * 20]) * (160 * 90))
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))


def check_playback() -> Finding:
    """Play a real H.264 clip through QMediaPlayer (offscreen, in a subprocess)."""
    name = "Video playback (Qt)"
    with tempfile.TemporaryDirectory(prefix="presenter-doctor-") as folder:
        clip = Path(folder) / "clip.mp4"
        try:
            _write_test_clip(clip)
        except Exception as error:  # noqa: BLE001 (PyAV's errors vary by version)
            return Finding(
                name,
                False,
                f"could not write a test clip: {_first_line(error)}",
                "Fix the FFmpeg (PyAV) finding first.",
            )
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.*=false")
        try:
            result = subprocess.run(
                [sys.executable, "-c", PLAYBACK_SCRIPT, str(clip)],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return Finding(
                name,
                False,
                "playing a test clip hung for a minute.",
                f"Check the audio and video libraries: sudo apt-get install {QT_PACKAGES} ({RUN_SH}).",
            )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
        return Finding(
            name, False, f"Qt could not play an H.264 test clip: {reason}", _install_fix(reason, QT_PACKAGES)
        )
    return Finding(name, True, "an H.264 test clip plays through QMediaPlayer")


def check_font() -> Finding:
    name = "Atkinson Hyperlegible font"
    try:
        from scenes import look

        files = look.font_files()
    except ImportError:
        return Finding(name, False, "fontpkg-atkinson-hyperlegible is not installed.", PYTHON_FIX)
    present = [f for f in files if f.is_file() and f.stat().st_size > 0]
    styles = {f.stem.rsplit("-", 1)[-1] for f in present}
    if not {"Regular", "Bold"} <= styles:
        return Finding(
            name,
            False,
            f"the Regular and Bold font files are missing (found: {len(present)} files).",
            "Reinstall it: .venv/bin/python -m pip install --force-reinstall fontpkg-atkinson-hyperlegible",
        )
    return Finding(name, True, f"{len(present)} files ({', '.join(sorted(styles))})")


def check_cache(cache_dir: Path) -> Finding:
    name = "Render cache"
    fix = "Make it writable (chmod u+w), or use another folder: presenter show --cache DIR, or set PRESENTER_CACHE=DIR."
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache_dir, prefix=".doctor-") as probe:
            probe.write(b"presenter doctor")
            probe.flush()
    except OSError as error:
        reason = error.strerror or _first_line(error)
        return Finding(name, False, f"{cache_dir} is not writable: {reason}.", fix)
    return Finding(name, True, f"{cache_dir} is writable")


def _existing(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_disk(cache_dir: Path) -> Finding:
    name = "Free disk"
    free = shutil.disk_usage(_existing(cache_dir)).free
    amount = f"{free / 1024**3:.1f} GB free" if free >= 1024**3 else f"{free / 1024**2:.0f} MB free"
    where = f"{amount} for {cache_dir}"
    fix = "Free some space on that disk, or put the cache on another: PRESENTER_CACHE=DIR."
    if free < NO_DISK:
        return Finding(name, False, f"only {where}; renders need at least 300 MB.", fix)
    if free < LOW_DISK:
        return Finding(name, True, f"{where} (low: under 2 GB).", fix)
    return Finding(name, True, where)


def _x_server_answers() -> bool | None:
    """Whether the X server in $DISPLAY accepts a connection (None: libxcb missing)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(None, None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def check_display() -> Finding:
    """A screen for `presenter show`: on Linux, a display Qt can open, and Qt's X11 plugin loading."""
    name = "Display"
    if not sys.platform.startswith("linux"):
        return Finding(name, True, "the desktop")
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    display, wayland = os.environ.get("DISPLAY", ""), os.environ.get("WAYLAND_DISPLAY", "")
    if platform and not platform.startswith("xcb"):
        return Finding(name, True, f"QT_QPA_PLATFORM={platform}")
    if not display:
        if wayland:
            return Finding(name, True, f"Wayland ({wayland})")
        return Finding(
            name,
            False,
            "no screen: DISPLAY is not set.",
            "Run it on the desktop, or on a virtual screen: xvfb-run -a ./run.sh",
        )
    try:
        plugins, _ = _qt_folders()
    except ImportError:
        plugins = Path("/nonexistent")  # the Qt finding says what to install
    xcb_plugin = sorted((plugins / "platforms").glob("libqxcb*.so"))
    if xcb_plugin:
        try:
            ctypes.CDLL(str(xcb_plugin[0]))
        except OSError as error:
            return Finding(
                name,
                False,
                f"Qt's X11 plugin cannot be loaded: {_first_line(error)}",
                _install_fix(error, XCB_PACKAGES),
            )
    if _x_server_answers() is False:
        return Finding(
            name,
            False,
            f"no X server answers at DISPLAY={display}.",
            "Start the desktop session, or check DISPLAY (e.g. DISPLAY=:0).",
        )
    return Finding(name, True, f"X11 (DISPLAY={display})")


def diagnose(cache_dir: Path, quick: bool = False) -> list[Finding]:
    """Run every check. ``quick`` skips the subprocess checks (Manim import, test playback)."""
    checks: list[tuple[str, Callable[[], Finding]]] = [
        ("Python", check_python),
        ("Cairo (Manim's drawing)", check_cairo),
        ("Pango (Manim's text)", check_pango),
        ("Manim", check_manim),
        ("FFmpeg (PyAV)", check_ffmpeg),
        ("Qt multimedia", check_qt_multimedia),
        ("Video playback (Qt)", check_playback),
        ("Atkinson Hyperlegible font", check_font),
        ("Render cache", lambda: check_cache(Path(cache_dir))),
        ("Free disk", lambda: check_disk(Path(cache_dir))),
        ("Display", check_display),
    ]
    slow = {"Manim", "Video playback (Qt)"}
    findings = []
    for name, check in checks:
        if quick and name in slow:
            continue
        try:
            findings.append(check())
        except Exception as error:  # noqa: BLE001 (a doctor never crashes; it reports)
            findings.append(
                Finding(
                    name,
                    False,
                    f"the check itself failed: {type(error).__name__}: {_first_line(error)}",
                    "Run ./run.sh, then presenter doctor again.",
                )
            )
    return findings
