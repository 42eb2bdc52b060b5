"""The app's own words in the user's language, with Qt's translation system.

Why Qt's and not gettext: the wheels ship ``pyside6-lupdate`` (it reads
``tr("...")``, ``self.tr("...")`` and ``QCoreApplication.translate(...)``
in Python files) and ``pyside6-lrelease``; translators get Qt Linguist, and
Qt's own widgets are translated the same way.

Sources: ``translations/app_<lang>.ts`` (XML, edited with Linguist or by
hand). The compiled ``.qm`` files are small and committed next to them;
``tests/test_i18n.py`` checks that every string is translated and that the
``.qm`` files match the ``.ts``. After adding or changing strings run::

    .venv/bin/python -m presenter.app.i18n

which re-extracts every string of presenter/app into the ``.ts`` files
(keeping the translations made so far) and compiles them.

English is the source language: the words in the code are the English text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

APP_DIR = Path(__file__).resolve().parent
TRANSLATIONS = APP_DIR / "translations"
LANGUAGES = ("es",)  # besides English, the source language

_installed: dict[str, QTranslator] = {}
_current = "en"


def tr(text: str) -> str:
    """The app's words in the language in use (lupdate files them under the empty context)."""
    return QCoreApplication.translate("", text)


def system_language() -> str:
    """The two-letter code of the computer's language (e.g. ``es``)."""
    return QLocale.system().name().split("_")[0] or "en"


def current_language() -> str:
    return _current


def use_language(code: str) -> str:
    """Speak ``code`` from now on (falls back to English); returns the language in use."""
    global _current
    app = QCoreApplication.instance()
    code = code if code in LANGUAGES else "en"
    if app is None or code == _current:
        return _current
    for translator in _installed.values():
        app.removeTranslator(translator)
    if code != "en":
        translator = _installed.get(code) or QTranslator()
        if translator.isEmpty() and not translator.load(str(TRANSLATIONS / f"app_{code}.qm")):
            code = "en"
        else:
            _installed[code] = translator
            app.installTranslator(translator)
    _current = code
    return code


def sources() -> list[Path]:
    """Every Python file of the app whose strings are translated."""
    return sorted(APP_DIR.glob("*.py"))


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def update() -> None:
    """Re-extract every string into the .ts files and compile them to .qm."""
    for code in LANGUAGES:
        ts = TRANSLATIONS / f"app_{code}.ts"
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, sources()), "-ts", str(ts)], check=True
        )
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    update()
