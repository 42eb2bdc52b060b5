"""The shared look: contrast, palette and the shipped typeface."""

from scenes import look


def test_text_colours_meet_wcag_contrast_on_the_background():
    for colour in look.TEXT_COLOURS:
        assert look.contrast_ratio(colour, look.BACKGROUND) >= 4.5, colour


def test_contrast_ratio_matches_known_values():
    assert round(look.contrast_ratio("#FFFFFF", "#000000"), 1) == 21.0
    assert round(look.contrast_ratio("#777777", "#FFFFFF"), 2) == 4.48


def test_typeface_ships_with_a_package():
    files = look.font_files()
    assert {f.name for f in files} >= {"AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"}
    assert all(f.stat().st_size > 10_000 for f in files)


def test_text_sizes_are_legible():
    assert look.MIN_TEXT_SIZE >= 36
    assert min(look.TITLE_SIZE, look.LABEL_SIZE, look.SMALL_SIZE) >= look.MIN_TEXT_SIZE
