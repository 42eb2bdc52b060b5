"""The handout is a real document: its words are text in the PDF (found by extracting it),
in the deck's typeface, embedded, every character printed (α, β, µ through the fallback font),
Spanish too; the key frames are images. From stand-in renders, so nothing renders."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from presenter import cli
from presenter.export.handout import cited_references
from tests.export_fakes import builtin, fake_renders


def words(text: str) -> str:
    """Text with line breaks and hyphenation at line ends joined, spaces squeezed."""
    return " ".join(text.replace("\r", " ").replace("\n", " ").replace("\ufffe", "").split())


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    root = tmp_path_factory.mktemp("handout-text")
    made = {}
    for name in ("opioids", "opioids.es"):
        deck = builtin(name)
        fake_renders(root / "cache", deck)
        out = root / f"{name}.pdf"
        assert (
            cli.main(
                [
                    "export",
                    name,
                    "--to",
                    "handout",
                    "--out",
                    str(out),
                    "--quality",
                    "preview",
                    "--cache",
                    str(root / "cache"),
                ]
            )
            == 0
        )
        made[name] = (deck, out)
    return made


def page_texts(path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    return [words(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]


@pytest.mark.parametrize("name", ["opioids", "opioids.es"])
def test_narration_captions_and_references_are_text(handouts, name):
    deck, out = handouts[name]
    text = " ".join(page_texts(out))
    assert deck.title in text
    for slide in deck.slides:
        assert slide.title in text
        if slide.notes:
            assert words(slide.notes)[:60] not in text  # the clinician's notes stay out
        for step in slide.steps:
            assert words(step.narration) in text, step.narration
            if step.caption:
                assert words(step.caption) in text
    for citation in cited_references(deck, range(len(deck.slides))):
        assert words(citation) in text, citation
    for term in deck.glossary:
        assert term in text


def printed_words(deck) -> str:
    """What the handout prints from the deck: titles, captions, narration, glossary, citations."""
    parts = [deck.title, *deck.glossary, *deck.glossary.values(), *cited_references(deck, range(len(deck.slides)))]
    for slide in deck.slides:
        parts += [slide.title, *(s.caption or "" for s in slide.steps), *(s.narration for s in slide.steps)]
    return " ".join(parts)


@pytest.mark.parametrize("name", ["opioids", "opioids.es"])
def test_every_character_prints_greek_and_micro_and_spanish_too(handouts, name):
    deck, out = handouts[name]
    text = " ".join(page_texts(out))
    wanted = {char for char in printed_words(deck) if ord(char) > 127}
    assert {"α", "β", "µ"} <= wanted and (name == "opioids" or {"á", "ñ", "ó"} <= wanted)
    assert wanted - set(text) == set()
    assert "β-endorphin" in text and ("µ-opioid" in text or "µ-Opioid" in text)
    assert not re.search(r"\bbeta\b|\balpha\b", text), "no spelled-out stand-ins"
    if name == "opioids.es":
        assert "Página 1 de" in text


def test_fonts_are_embedded_and_key_frames_are_images(handouts):
    deck, out = handouts["opioids"]
    data = out.read_bytes()
    assert data.count(b"/FontFile2") >= 3  # Atkinson Hyperlegible regular and bold, Noto Sans
    fonts = {name.split(b"+")[-1] for name in re.findall(rb"/BaseFont\s*/([^\s/]+)", data)}
    assert {b"AtkinsonHyperlegible", b"AtkinsonHyperlegibleBold"} <= fonts, fonts
    assert any(name.startswith(b"NotoSans") and b"Italic" not in name for name in fonts), fonts
    pdf = pdfium.PdfDocument(str(out))
    images = 0
    for index in range(len(pdf)):
        images += sum(1 for obj in pdf[index].get_objects() if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE)
    assert images == sum(len(slide.steps) for slide in deck.slides)
    assert pdf.get_metadata_dict()["Title"] == deck.title
