"""The deck: what a clinician edits, as typed, immutable plain data.

Imports neither Qt nor Manim.
"""

from presenter.deck.model import Deck, Slide, Step
from presenter.deck.problems import DeckError, Problem

__all__ = ["Deck", "DeckError", "Problem", "Slide", "Step"]
