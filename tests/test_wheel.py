"""The package installs and runs anywhere: a wheel carries the built-in decks and scenes.

Builds the wheel, installs it alone (--no-deps) into a fresh virtual environment
that borrows this venv's dependencies (a .pth line, so the editable checkout is
not on its path), and runs `check` and `scenes` from a folder outside the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_the_wheel_installed_in_a_fresh_venv_checks_and_lists_the_built_in_decks(tmp_path):
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(tmp_path / "dist")], cwd=tmp_path
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("brain_explainer-*.whl")

    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    python = fresh / "bin" / "python"
    site = Path(
        run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path
        ).stdout.strip()
    )
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    installed = run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)], cwd=tmp_path
    )
    assert installed.returncode == 0, installed.stderr

    where = run(
        [str(python), "-c", "import presenter, scenes; print(presenter.__file__, scenes.__file__)"], cwd=tmp_path
    ).stdout
    assert where.count(str(site)) == 2 and str(ROOT) not in where
    check = run([str(fresh / "bin" / "presenter"), "check", "opioids"], cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"ok  {site / 'presenter' / 'assets' / 'decks' / 'opioids.yaml'}" in check.stdout
    scenes = run([str(fresh / "bin" / "presenter"), "scenes"], cwd=tmp_path)
    assert scenes.returncode == 0 and "KeysAndLocks  (keys_and_locks.py)" in scenes.stdout, scenes.stderr
