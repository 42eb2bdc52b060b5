"""The desktop menu entry and icon that run.sh installs (freedesktop), and the app's window icon."""

from __future__ import annotations

import configparser
import subprocess

from PIL import Image

from presenter.paths import ASSETS_DIR, ROOT

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_desktop_entry_launches_run_sh_show_with_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ASSETS_DIR / "brain-explainer.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Brain Explainer"
    assert desktop["Exec"] == "@RUN@ show" and desktop["Icon"] == "brain-explainer"
    assert desktop["Terminal"] == "false" and "Comment[es]" in desktop


def test_the_icon_comes_in_every_freedesktop_size_and_as_svg():
    for size in SIZES:
        with Image.open(ASSETS_DIR / "icons" / f"brain-explainer-{size}.png") as icon:
            assert icon.size == (size, size) and icon.mode == "RGBA"
            assert icon.getpixel((0, 0))[3] < 16 and icon.getpixel((size // 2, size // 2))[3] == 255
    assert (ASSETS_DIR / "icons" / "brain-explainer.svg").read_text().startswith("<svg")


def test_run_sh_installs_the_entry_and_icons_once(tmp_path):
    script = 'source <(sed -n "/^install_desktop_entry()/,/^}/p" run.sh); say() { echo "$*"; }; install_desktop_entry'
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share"), "PATH": "/usr/bin:/bin"}
    first = subprocess.run(["bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    installed = (tmp_path / "share" / "applications" / "brain-explainer.desktop").read_text()
    assert f'Exec="{ROOT / "run.sh"}" show' in installed
    assert (tmp_path / "share" / "icons" / "hicolor" / "48x48" / "apps" / "brain-explainer.png").is_file()
    assert (tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "brain-explainer.svg").is_file()
    again = subprocess.run(["bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert again.returncode == 0 and again.stdout == ""  # already there: nothing done, nothing said


def test_the_window_icon_loads(qapp):
    from PySide6.QtGui import QIcon

    assert not QIcon(str(ASSETS_DIR / "icons" / "brain-explainer-256.png")).isNull()
