"""The handout PDF: page count and size, pages that render, readable in greyscale."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest

from presenter import cli
from presenter.export.handout import cited_references

pytestmark = pytest.mark.render


@pytest.mark.parametrize("paper, points", [("letter", (612, 792)), ("a4", (595.3, 841.9))])
def test_handout_pages_render_and_print_in_greyscale(builtin_preview, tmp_path, capsys, paper, points):
    cache, summary = builtin_preview
    deck = next(r.job.deck for r in summary.results if r.job.deck.name == "opioids")
    out = tmp_path / "opioids.pdf"
    assert (
        cli.main(
            [
                "export",
                "opioids",
                "--to",
                "handout",
                "--out",
                str(out),
                "--slides",
                "1",
                "--paper",
                paper,
                "--quality",
                "preview",
                "--cache",
                str(cache),
            ]
        )
        == 0
    )
    said = capsys.readouterr().out
    assert "rendered 0" in said  # from the cache
    pdf = pdfium.PdfDocument(str(out))
    # title, the slide's 4 steps on one page, the glossary (1 or 2 pages), the references
    assert 4 <= len(pdf) <= 5, len(pdf)
    assert f"({len(pdf)} pages, {paper}" in said
    for index in range(len(pdf)):
        page = pdf[index]
        assert page.get_size() == pytest.approx(points, abs=0.5)
        grey = np.asarray(page.render(scale=100 / 72).to_pil().convert("L"))
        ink = grey < 100
        assert 0.003 < ink.mean() < 0.35, f"page {index + 1}: {ink.mean():.3f} of the page is ink"
        assert grey.max() >= 250  # white paper
    # the slide page in greyscale: dark type on white, the key frames kept
    slide_page = np.asarray(pdf[1].render(scale=100 / 72).to_pil().convert("L"))
    text_side = slide_page[100:1000, 480:800]
    assert (text_side < 60).mean() > 0.02 and np.median(text_side) > 240
    assert len(cited_references(deck, [0])) == len(deck.slides[0].references)


def test_a_narration_edit_exports_without_rendering(builtin_preview, tmp_path, capsys):
    cache, _ = builtin_preview
    from presenter.paths import resolve_deck

    edited = tmp_path / "opioids.yaml"
    text = resolve_deck("opioids").read_text(encoding="utf-8")
    edited.write_text(text.replace("This is a nerve cell in your brain.", "Here is a nerve cell."), encoding="utf-8")
    assert (
        cli.main(
            [
                "export",
                str(edited),
                "--to",
                "handout",
                "--out",
                str(tmp_path / "h.pdf"),
                "--slides",
                "1",
                "--quality",
                "preview",
                "--cache",
                str(cache),
            ]
        )
        == 0
    )
    assert "rendered 0, reused 1" in capsys.readouterr().out
