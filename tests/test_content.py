"""Clinical content: reading level formulas, medical terms, and the Spanish edition."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from presenter import paths
from presenter.catalog import load_catalog
from presenter.cli import main
from presenter.deck.check import check_content, load_deck
from presenter.deck.readability import (
    fernandez_huerta,
    fernandez_huerta_grade,
    flesch_kincaid_grade,
    number_words_en,
    number_words_es,
    readability,
    sentences,
    syllables,
)
from presenter.deck.reading import caption_lines, default_hold, reading_seconds, word_count
from presenter.deck.terms import terms_defined, terms_used

PAIRS = [("opioids", "opioids.es"), ("depression", "depression.es"), ("treatment", "treatment.es")]
ALL_DECKS = [name for pair in PAIRS for name in pair]


def deck(name: str):
    return load_deck(paths.resolve_deck(name))


# --- syllables and formulas (hand-counted) ---------------------------------------


@pytest.mark.parametrize(
    "word, count",
    [
        ("the", 1),
        ("cat", 1),
        ("are", 1),
        ("one", 1),
        ("use", 1),
        ("makes", 1),
        ("moved", 1),
        ("keys", 1),
        ("stays", 1),
        ("gray", 1),
        ("signal", 2),
        ("people", 2),
        ("table", 2),
        ("wanted", 2),
        ("changes", 2),
        ("being", 2),
        ("going", 2),
        ("dying", 2),
        ("little", 2),
        ("hundred", 2),
        ("everyday", 3),
        ("receptor", 3),
        ("dopamine", 3),
        ("opioid", 3),
        ("tolerance", 3),
        ("withdrawal", 3),
        ("overdose", 3),
        ("naloxone", 3),
        ("naltrexone", 3),
        ("ketamine", 3),
        ("heroin", 3),
        ("endorphins", 3),
        ("methadone", 3),
        ("placebo", 3),
        ("period", 3),
        ("video", 3),
        ("recovery", 4),
        ("serotonin", 4),
        ("buprenorphine", 4),
        ("antidepressant", 5),
    ],
)
def test_english_syllables(word, count):
    assert syllables(word, "en") == count


@pytest.mark.parametrize(
    "word, count",
    [
        ("y", 1),
        ("muy", 1),
        ("hay", 1),
        ("que", 1),
        ("guerra", 2),
        ("día", 2),
        ("país", 2),
        ("ciudad", 2),
        ("huevo", 2),
        ("cuidado", 3),
        ("ahora", 3),
        ("leído", 3),
        ("poeta", 3),
        ("pingüino", 3),
        ("cerebro", 3),
        ("receptor", 3),
        ("aéreo", 4),
        ("heroína", 4),
        ("naloxona", 4),
        ("tolerancia", 4),
        ("abstinencia", 4),
        ("sobredosis", 4),
        ("Uruguay", 3),
        ("buprenorfina", 5),
        ("serotonina", 5),
        ("antidepresivo", 6),
    ],
)
def test_spanish_syllables(word, count):
    assert syllables(word, "es") == count


def test_numbers_and_abbreviations_count_as_spoken():
    assert number_words_en(2025) == "twenty twenty five" and number_words_en(58) == "fifty eight"
    assert number_words_en(105) == "one hundred five" and number_words_en(2000) == "two thousand"
    assert number_words_es(2025) == "dos mil veinticinco" and number_words_es(58) == "cincuenta y ocho"
    assert number_words_es(21) == "veintiuno" and number_words_es(100) == "cien"
    assert syllables("58", "en") == 3 and syllables("58", "es") == 6  # fif-ty-eight; cin-cuen-ta y o-cho
    assert syllables("BDNF", "en") == 4 and syllables("BDNF", "es") == 6  # be-de-e-ne-e-fe
    assert syllables("well-being", "en") == 3


def test_sentences_end_at_stops_and_keep_quotes():
    text = 'Dopamine is a "do that again" signal. That old idea is "not proven." But it helps! Right?'
    assert sentences(text) == [
        'Dopamine is a "do that again" signal.',
        'That old idea is "not proven."',
        "But it helps!",
        "Right?",
    ]


def test_flesch_kincaid_by_hand():
    # 2 sentences, 14 words, 16 syllables (sur-face, ti-ny): 0.39 * 7 + 11.8 * 16/14 - 15.59
    level = readability("This is a nerve cell in your brain. On its surface sit tiny locks.", "en")
    assert (level.sentences, level.words, level.syllables) == (2, 14, 16)
    assert level.grade == pytest.approx(0.39 * 7 + 11.8 * 16 / 14 - 15.59)
    assert flesch_kincaid_grade(100, 5, 150) == pytest.approx(9.91)


def test_fernandez_huerta_by_hand():
    # Es-ta es u-na cé-lu-la ner-vio-sa. Tie-ne ce-rra-du-ras: 7 words, 17 syllables, 2 sentences.
    level = readability("Esta es una célula nerviosa. Tiene cerraduras.", "es")
    assert (level.sentences, level.words, level.syllables) == (2, 7, 17)
    assert level.score == pytest.approx(206.84 - 60 * 17 / 7 - 1.02 * 3.5)
    assert level.grade == pytest.approx(8.5 + (60 - level.score) / 10 * 4)
    assert fernandez_huerta(100, 10, 200) == pytest.approx(76.64)


@pytest.mark.parametrize(
    "score, grade", [(130, 1.5), (95, 4.0), (75, 6.0), (65, 7.5), (62.5, 8.0), (55, 10.5), (40, 14.5), (-10, 18.0)]
)
def test_fernandez_huerta_grade_table(score, grade):
    assert fernandez_huerta_grade(score) == pytest.approx(grade)


def test_no_formula_for_other_languages():
    assert readability("Olá, tudo bem?", "pt-BR") is None
    assert readability("Hola.", "es-MX").language == "es"


def test_reading_time_and_caption_lines():
    assert word_count("Well-being, don't: 3.2 times.") == 4
    assert reading_seconds("one two three four five six seven eight nine ten") == pytest.approx(5.0)
    assert default_hold("Short.") == 3.0 and default_hold("word " * 20) == pytest.approx(10.0)
    assert caption_lines("a" * 40 + " " + "b" * 40) == ["a" * 40, "b" * 40]


def test_medical_terms_found_and_defined():
    assert terms_used("Naloxone can reverse an opioid overdose.", "en") == ["opioid", "overdose", "naloxone"]
    assert terms_used("La naloxona revierte la sobredosis de opioides.", "es") == ["opioide", "sobredosis", "naloxona"]
    assert terms_used("Receptors and receptor sites", "en") == ["receptor"]
    assert terms_used("A dopaminergic cell", "en") == []  # whole words only
    assert terms_defined(["receptors", "Naloxone (Narcan)", "opioid use disorder"], "en") == {
        "receptor",
        "naloxone",
        "opioid use disorder",
    }


# --- the built-in decks ------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_DECKS)
def test_builtin_decks_pass_content_checks(name):
    report = check_content(deck(name))
    assert report.errors == [] and report.warnings == [], [str(w) for w in report.warnings]
    assert max(row.worst for row in report.slides) <= deck(name).reading_level
    assert all(slide.notes and slide.references for slide in deck(name).slides)


@pytest.mark.parametrize("english, spanish", PAIRS)
def test_spanish_deck_matches_english(english, spanish):
    en, es = deck(english), deck(spanish)
    assert es.language == "es" and en.language == "en"
    assert [(s.id, s.scene, dict(s.params), [t.id for t in s.steps]) for s in es.slides] == [
        (s.id, s.scene, dict(s.params), [t.id for t in s.steps]) for s in en.slides
    ]
    assert [s.references for s in es.slides] == [s.references for s in en.slides]
    assert dict(es.references) == dict(en.references)
    assert len(es.glossary) == len(en.glossary)
    catalog = load_catalog()
    for e, s in zip(en.slides, es.slides):
        assert set(s.labels) == set(catalog[s.scene].labels), f"{spanish}/{s.id}: every label translated"
        assert s.title != e.title and s.notes != e.notes
        for a, b in zip(e.steps, s.steps):
            assert b.narration != a.narration and bool(b.caption) == bool(a.caption)


def on_screen_words(d) -> str:
    """Everything a patient sees: titles, labels, narration, captions, glossary (and notes)."""
    parts = [d.title, *d.glossary, *d.glossary.values()]
    for slide in d.slides:
        parts += [slide.title, slide.notes, *slide.labels.values()]
        parts += [t for step in slide.steps for t in (step.narration, step.caption or "")]
    return " ".join(parts)


def test_typeface_covers_every_character_of_every_deck():
    from fontTools.ttLib import TTFont

    from scenes import look

    fonts = {f.name: set(TTFont(f).getBestCmap()) for f in look.font_files()}
    for name in ALL_DECKS:
        used = {ord(c) for c in on_screen_words(deck(name)) if not c.isspace()}
        assert {ord(c) for c in "áéíóúñ¿¡ü"} & used or not name.endswith(".es")
        for font, covered in fonts.items():
            missing = sorted(chr(c) for c in used - covered)
            assert not missing, f"{font} lacks {missing} used in {name}"
    # Citations quote Greek letters (β-endorphin, α2-adrenoceptor) that Atkinson Hyperlegible
    # lacks; Qt and browsers draw those few from a fallback font. Nothing else may be missing.
    regular = fonts["AtkinsonHyperlegible-Regular.ttf"]
    for name in ALL_DECKS:
        cited = {ord(c) for c in " ".join(deck(name).references.values()) if not c.isspace()}
        assert {chr(c) for c in cited - regular} <= {"α", "β"}, name


def test_check_all_four_decks_prints_the_table_and_passes(capsys):
    assert main(["check", *ALL_DECKS]) == 0
    out = capsys.readouterr().out
    for name in ALL_DECKS:
        assert f"{name} (" in out and "reading level, target grade 8" in out
    assert "slide" in out and "worst" in out and "words/sentence" in out and "whole deck" in out
    assert "Fernández-Huerta" in out and "Flesch–Kincaid" in out
    assert "warning" not in out


def test_check_resolves_spanish_deck_names():
    assert paths.resolve_deck("opioids.es") == paths.DECKS_DIR / "opioids.es.yaml"
    assert deck("opioids.es").name == "opioids.es"


FRAME_W, FRAME_H = 128 / 9, 8.0  # Manim's frame, in its units (16:9)
EDGE_MARGIN = 0.03  # nothing drawn within 3% of the frame's width (height) of an edge


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory) -> list[tuple[str, list[dict]]]:
    """Every slide of every built-in deck laid out (no drawing): the probe's entries per slide."""
    from concurrent.futures import ThreadPoolExecutor

    catalog = load_catalog()
    probe = Path(__file__).parent / "fixtures" / "fit_probe.py"
    tmp_path = tmp_path_factory.mktemp("fit-probe")

    def run(names: list[str]) -> list[tuple[str, list[dict]]]:
        jobs, ids = [], []
        for name in names:
            for slide in deck(name).slides:
                jobs.append(
                    {
                        "file": str(catalog[slide.scene].file),
                        "scene": slide.scene,
                        "params": dict(slide.params),
                        "labels": dict(slide.labels),
                    }
                )
                ids.append(f"{name}/{slide.id}")
        media = tmp_path / names[0]  # one Manim media folder per process: no shared text cache
        result = subprocess.run(
            [sys.executable, str(probe), json.dumps(jobs), str(media)], capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, result.stderr[-2000:]
        return list(zip(ids, json.loads(result.stdout.strip().splitlines()[-1])))

    halves = [[n for pair in PAIRS[i::2] for n in pair] for i in range(2)]
    with ThreadPoolExecutor(2) as pool:
        found = [item for part in pool.map(run, halves) for item in part]
    assert len(found) == sum(len(deck(name).slides) for name in ALL_DECKS)
    return found


@pytest.mark.render
def test_every_label_of_every_deck_is_legible(laid_out):
    """No label, tick or on-screen text is shrunk below the minimum size."""
    from scenes import look

    too_small = [
        (slide, e.get("label") or e.get("step"), e["text"], round(e["effective"], 1))
        for slide, entries in laid_out
        for e in entries
        if "effective" in e and e["effective"] < look.MIN_TEXT_SIZE - 0.05
    ]
    assert too_small == []
    assert all(any("effective" in e for e in entries) for _, entries in laid_out)


def too_near_the_edge(box: list[float]) -> bool:
    """A shape within the safe margin of the frame's edge (a full-width backdrop band excepted)."""
    left, right, bottom, top = box
    x_room, y_room = FRAME_W / 2 - FRAME_W * EDGE_MARGIN, FRAME_H / 2 - FRAME_H * EDGE_MARGIN
    if left < -FRAME_W / 2 and right > FRAME_W / 2:
        return False  # the cell's membrane and inside: a band across the whole picture, by design
    return left < -x_room or right > x_room or bottom < -y_room or top > y_room


def test_edge_rule_catches_a_panel_off_the_right_edge():
    assert too_near_the_edge([3.3, 7.6, -2.95, 2.85])  # the old reward panel, bleeding off
    assert too_near_the_edge([-6.9, -5.0, 0, 1])  # a label hugging the left edge
    assert too_near_the_edge([0, 1, 3.5, 3.9])  # a title touching the top
    assert not too_near_the_edge([3.2, 6.6, -2.75, 2.85])  # a panel inside the margin
    assert not too_near_the_edge([-7.5, 7.5, -4.1, 0.6])  # the cell's inside, full width


@pytest.mark.render
def test_nothing_drawn_touches_the_frame_edge(laid_out):
    """At every step's end, every drawn shape and text keeps a 3% margin from the frame's edge."""
    near = [
        (slide, e["step"], e["shape"], [round(v, 2) for v in e["box"]])
        for slide, entries in laid_out
        for e in entries
        if "box" in e and too_near_the_edge(e["box"])
    ]
    assert near == []
    assert all(any("box" in e for e in entries) for _, entries in laid_out)


@pytest.mark.render
def test_spanish_slide_renders_with_its_own_key(builtin_preview):
    """The Spanish slide is its own render (Spanish labels), from the same scene and params."""
    import numpy as np

    from presenter.export.frames import last_frame
    from presenter.render.key import render_key

    _, summary = builtin_preview
    catalog = load_catalog()
    en, es = deck("opioids").slides[0], deck("opioids.es").slides[0]
    keys = [render_key(s, catalog[s.scene], "preview").digest for s in (en, es)]
    assert keys[0] != keys[1]
    manifests = {r.job.name: r.manifest for r in summary.results}
    english, spanish = manifests[f"opioids/{en.id}"], manifests[f"opioids.es/{es.id}"]
    assert english is not None and spanish is not None
    assert spanish.key != english.key and spanish.folder != english.folder
    assert english.step_ids == spanish.step_ids
    for step in en.steps:
        a = np.asarray(last_frame(english.video(step.id)).convert("L"), dtype=float)
        b = np.asarray(last_frame(spanish.video(step.id)).convert("L"), dtype=float)
        assert a.shape == b.shape == (480, 854)
        assert np.abs(a - b).mean() > 0.5  # the words differ, so the frames do


# --- clinic details ----------------------------------------------------------------

CLINIC_DECK = """schema: 1
title: Clinic test
language: es
{clinic}
slides:
  - id: summary
    title: Resumen
    scene: Summary
    labels:
      action1: "En una emergencia, llame al {{emergency}}."
    steps:
      - id: remember
        narration: Llame o envíe un texto al {{crisis}}.
      - id: what-you-can-do
        narration: Pregunte en {{clinic}}.
        caption: "{{clinic}}: {{emergency}}"
"""


def read_clinic_deck(tmp_path, clinic: str):
    from presenter.deck.load import read_deck

    path = tmp_path / "clinic.yaml"
    path.write_text(CLINIC_DECK.format(clinic=clinic), encoding="utf-8")
    return read_deck(path)


def test_clinic_details_fill_the_words_and_labels(tmp_path):
    built, problems = read_clinic_deck(tmp_path, 'clinic:\n  name: Clínica Sur\n  emergency: "066"\n')
    assert problems == []
    slide = built.slides[0]
    assert slide.labels["action1"] == "En una emergencia, llame al 066."
    assert slide.steps[0].narration == "Llame o envíe un texto al 988."  # the US default crisis line
    assert slide.steps[1].narration == "Pregunte en Clínica Sur."
    assert slide.steps[1].caption == "Clínica Sur: 066"
    assert dict(built.clinic) == {"name": "Clínica Sur", "emergency": "066", "crisis": "988"}


def test_clinic_name_missing_or_unknown_detail_is_a_clear_problem(tmp_path):
    _, problems = read_clinic_deck(tmp_path, "clinic:\n  phone: 555\n")
    messages = [f"{p.field}: {p.message}" for p in problems]
    assert any(m.startswith("clinic.phone:") and "not a clinic detail" in m for m in messages), messages
    assert any(m.startswith("slides[0]:") and "no clinic name" in m for m in messages), messages
    assert all(p.line > 1 for p in problems)


def test_builtin_decks_write_their_numbers_from_the_clinic_details():
    for name in ALL_DECKS:
        d = deck(name)
        assert d.clinic["emergency"] == "911" and d.clinic["crisis"] == "988"
        raw = d.path.read_text(encoding="utf-8")
        assert "{emergency}" in raw
        summary = d.slides[-1]
        assert summary.scene == "Summary" and "{" not in " ".join(summary.labels.values())


# --- the treatment deck ----------------------------------------------------------------

MEDICINE_NAMES = {
    "treatment": ("methadone", "buprenorphine", "naltrexone"),
    "treatment.es": ("metadona", "buprenorfina", "naltrexona"),
}


@pytest.mark.parametrize("name", sorted(MEDICINE_NAMES))
def test_treatment_deck_gives_the_lower_risk_of_dying_to_methadone_and_buprenorphine_only(name):
    """The mortality studies cover agonist treatment only: naltrexone must not share that line."""
    methadone, buprenorphine, naltrexone = MEDICINE_NAMES[name]
    slides = {slide.id: slide for slide in deck(name).slides}
    medicines = slides["medicines-and-locks"]
    staying = next(step for step in medicines.steps if step.id == "staying-on")
    summary_point = slides["summary"].labels["point2"]
    for words in (staying.narration, medicines.labels["staying"], summary_point):
        text = words.lower()
        assert methadone in text and buprenorphine in text and naltrexone not in text, words


@pytest.mark.parametrize("name", sorted(MEDICINE_NAMES))
def test_treatment_summary_says_what_the_patient_can_do(name):
    """Naloxone at home, not using alone, the emergency number, and talking before stopping a medicine."""
    needed = {
        "treatment": ("naloxone", "alone", "911", "care team"),
        "treatment.es": ("naloxona", "solo", "911", "equipo de salud"),
    }[name]
    summary = deck(name).slides[-1]
    actions = " ".join(summary.labels[f"action{i}"] for i in range(1, summary.params["actions"] + 1)).lower()
    assert [word for word in needed if word not in actions] == []


@pytest.mark.parametrize("name", [name for name in ALL_DECKS if name.endswith(".es")])
def test_spanish_editions_use_the_clinical_words(name):
    """Withdrawal is "síndrome de abstinencia", and medicines are "medicamentos" throughout (issue 15)."""
    import re

    text = re.sub(r"\s+", " ", on_screen_words(deck(name))).lower()
    assert re.findall(r"\w+ \w+ abstinencia", text) == ["síndrome de abstinencia"] * text.count("abstinencia")
    assert "medicina" not in text
