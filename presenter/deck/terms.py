"""Medical terms a patient may not know, per language, for the glossary check.

`presenter check` warns when narration, a caption, a title or an on-screen
label uses one of these terms and the deck's ``glossary`` does not define it.
Each term has the word forms that count as using it (a regular expression,
matched as whole words, case-insensitive). Add terms here as decks grow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from presenter.deck.readability import base_language

# term as a glossary would name it: the forms that count as using it
MEDICAL_TERMS: dict[str, dict[str, str]] = {
    "en": {
        "receptor": r"receptors?",
        "endorphin": r"endorphins?",
        "dopamine": r"dopamine",
        "serotonin": r"serotonin",
        "opioid": r"opioids?",
        "morphine": r"morphine",
        "heroin": r"heroin",
        "tolerance": r"tolerance",
        "withdrawal": r"withdrawal",
        "overdose": r"overdos(?:e|es|ed|ing)",
        "naloxone": r"naloxone",
        "methadone": r"methadone",
        "buprenorphine": r"buprenorphine",
        "opioid use disorder": r"opioid use disorders?",
        "detox": r"detox(?:ification)?",
        "anhedonia": r"anhedonia",
        "neuron": r"neurons?",
        "dendrite": r"dendrites?",
        "synapse": r"synap(?:se|ses|tic)",
        "BDNF": r"BDNF",
        "protein": r"proteins?",
        "antidepressant": r"antidepressants?",
        "SSRI": r"SSRIs?",
        "ECT": r"ECT",
        "placebo": r"placebos?",
        "ketamine": r"ketamine",
        "naltrexone": r"naltrexone",
        "midazolam": r"midazolam",
    },
    "es": {
        "receptor": r"receptor(?:es)?",
        "endorfina": r"endorfinas?",
        "dopamina": r"dopamina",
        "serotonina": r"serotonina",
        "opioide": r"opioides?",
        "morfina": r"morfina",
        "heroína": r"hero[ií]na",
        "tolerancia": r"tolerancia",
        "abstinencia": r"(?:s[ií]ndrome de )?abstinencia",
        "sobredosis": r"sobredosis",
        "naloxona": r"naloxona",
        "metadona": r"metadona",
        "buprenorfina": r"buprenorfina",
        "trastorno por consumo de opioides": r"trastornos? por (?:el )?(?:consumo|uso) de opioides",
        "desintoxicación": r"desintoxicaci[oó]n",
        "anhedonia": r"anhedonia",
        "neurona": r"neuronas?",
        "dendrita": r"dendritas?",
        "sinapsis": r"sinapsis|sin[aá]ptic[oa]s?",
        "BDNF": r"BDNF",
        "proteína": r"prote[ií]nas?",
        "antidepresivo": r"antidepresiv[oa]s?",
        "ISRS": r"ISRS",
        "TEC": r"TEC",
        "placebo": r"placebos?",
        "ketamina": r"ketamina",
        "naltrexona": r"naltrexona",
        "midazolam": r"midazolam",
    },
}


def _pattern(forms: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{forms})(?![^\W_])", re.IGNORECASE)


_COMPILED = {lang: {term: _pattern(forms) for term, forms in terms.items()} for lang, terms in MEDICAL_TERMS.items()}


def terms_for(language: str) -> Mapping[str, re.Pattern[str]]:
    """The medical-term patterns of a language ('es-MX' uses 'es'); empty if none."""
    return _COMPILED.get(base_language(language), {})


def terms_used(text: str, language: str) -> list[str]:
    """The medical terms ``text`` uses, in list order."""
    return list(_terms_used(text, language))


@lru_cache(maxsize=4096)  # the editor re-checks the whole deck on every key; one text changes
def _terms_used(text: str, language: str) -> tuple[str, ...]:
    return tuple(term for term, pattern in terms_for(language).items() if pattern.search(text))


def terms_defined(glossary: Iterable[str], language: str) -> set[str]:
    """The medical terms a glossary defines: a key that is one of the term's forms.

    A key may add a note in brackets ("receptor (lock)") or use another listed
    form ("receptors").
    """
    defined: set[str] = set()
    for key in glossary:
        plain = re.sub(r"\s*\(.*?\)", "", key).strip()
        for term, pattern in terms_for(language).items():
            match = pattern.search(plain)
            if match and match.group(0).lower() == plain.lower():
                defined.add(term)
    return defined
