"""presenter doctor: what is installed, what is not, and what to do about it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from presenter import doctor
from presenter.cli import main
from presenter.doctor import Finding, debian_package, diagnose

RUN_SH = Path(__file__).resolve().parent.parent / "run.sh"


def by_name(findings: list[Finding]) -> dict[str, Finding]:
    return {finding.name: finding for finding in findings}


@pytest.fixture
def unwritable_cache(tmp_path) -> Path:
    """A cache folder that cannot be created, even by root: its parent is a regular file."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return blocker / "cache"


def test_quick_findings_with_a_writable_cache(tmp_path):
    findings = by_name(diagnose(tmp_path / "cache", quick=True))
    assert "Manim" not in findings and "Video playback (Qt)" not in findings  # the slow ones
    cache = findings["Render cache"]
    assert cache.ok and str(tmp_path / "cache") in cache.detail
    assert list((tmp_path / "cache").iterdir()) == []  # the probe file is gone
    assert findings["Free disk"].ok and "free" in findings["Free disk"].detail
    for finding in findings.values():  # the test environment is set up by run.sh
        assert finding.ok, finding


def test_an_unwritable_cache_fails_and_says_what_to_do(unwritable_cache):
    findings = by_name(diagnose(unwritable_cache, quick=True))
    cache = findings["Render cache"]
    assert not cache.ok
    assert str(unwritable_cache) in cache.detail and "not writable" in cache.detail
    assert "PRESENTER_CACHE" in cache.fix and "--cache" in cache.fix
    assert findings["Free disk"].ok  # measured on the nearest folder that exists


def test_free_disk_thresholds(tmp_path, monkeypatch):
    def free(amount):
        monkeypatch.setattr(doctor.shutil, "disk_usage", lambda _: type("U", (), {"free": amount})())
        return doctor.check_disk(tmp_path)

    assert free(50 * 1024**3) == Finding("Free disk", True, f"50.0 GB free for {tmp_path}")
    low = free(1024**3)
    assert low.ok and low.warning and "low" in low.detail
    full = free(100 * 1024**2)
    assert not full.ok and "100 MB free" in full.detail and "PRESENTER_CACHE" in full.fix


def test_display_needs_a_screen_on_linux(monkeypatch):
    monkeypatch.setattr(doctor.sys, "platform", "linux")
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    missing = doctor.check_display()
    assert not missing.ok and "xvfb-run" in missing.fix
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert doctor.check_display().ok
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert doctor.check_display().ok


@pytest.mark.parametrize(
    "library, package",
    [
        ("libpulse.so.0", "libpulse0"),
        ("libEGL.so.1", "libegl1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libcairo.so.2", "libcairo2-dev"),
        ("libpangocairo-1.0.so.0", "libpango1.0-dev"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_debian_package_names(library, package):
    assert debian_package(library) == package


def run_sh_packages() -> set[str]:
    text = RUN_SH.read_text()
    block = re.search(r"DEBIAN_PACKAGES=\((.*?)\)", text, re.DOTALL)
    assert block
    return set(block[1].split())


def test_every_package_the_doctor_names_is_in_run_sh():
    named = set(doctor.QT_PACKAGES.split()) | set(doctor.XCB_PACKAGES.split()) | set(doctor.DEBIAN_NAMES.values())
    assert named <= run_sh_packages()


def test_a_missing_library_names_its_package(monkeypatch):
    monkeypatch.setattr(doctor.sys, "platform", "linux")
    error = OSError("libpulse.so.0: cannot open shared object file: No such file or directory")
    fix = doctor._install_fix(error, "fallback")
    assert fix.startswith("Install it: sudo apt-get install libpulse0 ") and "./run.sh" in fix
    assert "sudo apt-get install fallback " in doctor._install_fix(OSError("something else"), "fallback")


def test_a_check_that_crashes_becomes_a_failed_finding(tmp_path, monkeypatch):
    def broken():
        raise RuntimeError("boom")

    monkeypatch.setattr(doctor, "check_font", broken)
    font = by_name(diagnose(tmp_path, quick=True))["Atkinson Hyperlegible font"]
    assert not font.ok and "RuntimeError: boom" in font.detail and "./run.sh" in font.fix


def test_cli_exit_codes(tmp_path, unwritable_cache, capsys):
    assert main(["doctor", "--quick", "--cache", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "✓ Render cache" in out and "checks passed" in out

    assert main(["doctor", "--quick", "--cache", str(unwritable_cache)]) == 1
    out = capsys.readouterr().out
    assert f"✗ Render cache: {unwritable_cache} is not writable" in out
    assert "\n    Make it writable" in out  # the fix, indented under the failure
    assert "1 of 9 checks failed" in out and "./run.sh" in out


def test_cli_prints_warnings_and_failures_with_their_fixes(monkeypatch, capsys):
    monkeypatch.setattr(
        doctor,
        "diagnose",
        lambda cache, quick: [
            Finding("Python", True, "Python 3.11"),
            Finding("Free disk", True, "1.0 GB free (low)", "Free some space."),
            Finding("Display", False, "no screen", "Run it on the desktop."),
        ],
    )
    assert main(["doctor"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:5] == [
        "✓ Python: Python 3.11",
        "! Free disk: 1.0 GB free (low)",
        "    Free some space.",
        "✗ Display: no screen",
        "    Run it on the desktop.",
    ]


def test_doctor_is_qt_and_manim_free_until_it_runs():
    code = (
        "import sys, pathlib, tempfile; import presenter.doctor as d; "
        "assert 'PySide6' not in sys.modules; "
        "d.diagnose(pathlib.Path(tempfile.mkdtemp()), quick=True); "
        "assert 'manim' not in sys.modules and 'manimpango' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_a_real_h264_clip_plays_through_qt():
    """The full doctor's playback check: PyAV encodes a clip, QMediaPlayer decodes it (subprocess)."""
    finding = doctor.check_playback()
    assert finding.ok, finding
