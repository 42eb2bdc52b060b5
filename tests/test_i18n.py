"""The app's own words exist in Spanish, and the compiled translations match their sources."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from presenter.app import i18n
from presenter.app.i18n import TRANSLATIONS, tr, use_language

FIELD = re.compile(r"\{\w*\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source")): message.find("translation")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_every_string_of_the_app_has_a_spanish_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"  # what lupdate finds in the code today
    subprocess.run(
        [i18n._tool("lupdate"), "-locations", "none", *map(str, i18n.sources()), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    found = messages(fresh)
    committed = messages(TRANSLATIONS / "app_es.ts")
    assert len(found) > 80
    missing = [source for (context, source) in found if (context, source) not in committed]
    assert not missing, "run: .venv/bin/python -m presenter.app.i18n, then translate " + repr(missing[:5])
    for (context, source), translation in committed.items():
        if (context, source) not in found:
            continue
        assert translation.get("type") is None and translation.text, f"not translated: {source!r}"
        assert sorted(FIELD.findall(translation.text)) == sorted(FIELD.findall(source)), source


def test_the_compiled_translations_match_the_ts_file(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "app_es.qm"))
    for (context, source), translation in messages(TRANSLATIONS / "app_es.ts").items():
        if translation.get("type") is None:
            assert translator.translate(context, source) == translation.text, (
                f"app_es.qm is out of date ({source!r}): run .venv/bin/python -m presenter.app.i18n"
            )


def test_the_app_speaks_the_chosen_language(qapp):
    assert tr("End the presentation?") == "End the presentation?"
    assert use_language("es") == "es"
    assert tr("End the presentation?") == "¿Terminar la presentación?"
    assert use_language("fr") == "en" and tr("Present") == "Present"  # no French yet: English
