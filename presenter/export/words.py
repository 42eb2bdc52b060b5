"""The exports' own words (headings, the page's intro, the default end card) per deck language.

A deck in a language not listed here gets the English words; add a language
by adding a dictionary with the same keys (tests check they match).
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "language": "English",
        "end_card": "Questions about what you saw? Ask your care team. We are here to help.",
        "page_intro": "Short videos that show how this works in the brain. Press play on a video; "
        "captions are on. Below each video are the same words to read at your own pace.",
        "sources": "Sources",
        "glossary": "Words to know",
        "download": "Download the video",
        "page_footer": "This page explains the science in simple terms. It does not replace advice "
        "from your care team: ask them about your own treatment.",
        "handout_intro": "What we talked about today. Read it again whenever you like.",
        "contents": "In this handout",
        "questions": "My questions for next time",
        "references": "Where this comes from",
        "references_intro": "The studies and reports behind this handout, for you or your family to look up.",
        "continued": "(continued)",
        "page": "Page {number} of {total}",
    },
    "es": {
        "language": "Español",
        "end_card": "¿Tiene preguntas sobre lo que vio? Pregunte a su equipo de salud. Estamos aquí para ayudarle.",
        "page_intro": "Videos cortos que muestran cómo funciona esto en el cerebro. Presione "
        "reproducir en un video; los subtítulos están activados. Debajo de cada video "
        "están las mismas palabras para leerlas a su propio ritmo.",
        "sources": "Fuentes",
        "glossary": "Palabras para conocer",
        "download": "Descargar el video",
        "page_footer": "Esta página explica la ciencia con palabras sencillas. No reemplaza los "
        "consejos de su equipo de salud: pregúnteles sobre su propio tratamiento.",
        "handout_intro": "Lo que hablamos hoy. Léalo de nuevo cuando quiera.",
        "contents": "En este folleto",
        "questions": "Mis preguntas para la próxima vez",
        "references": "De dónde viene esta información",
        "references_intro": "Los estudios e informes en los que se basa este folleto, por si usted "
        "o su familia quieren consultarlos.",
        "continued": "(continuación)",
        "page": "Página {number} de {total}",
    },
}


def words(language: str) -> dict[str, str]:
    """The words for a deck's language code (``es``, ``es-MX``), English when unknown."""
    return WORDS.get(language.lower().split("-")[0], WORDS["en"])
