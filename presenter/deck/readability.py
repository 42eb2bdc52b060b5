"""Reading level of patient-facing text, offline: English and Spanish.

English: Flesch–Kincaid grade level,
    grade = 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
Spanish: Fernández-Huerta reading ease (1959; the corrected form, Law 2011),
    score = 206.84 − 60 × syllables/word − 1.02 × words/sentence,
mapped to a school grade through Fernández-Huerta's own table (90–100: 4th
grade, 80–90: 5th, 70–80: 6th, 60–70: "normal", 7th–8th, 50–60: "somewhat
difficult", pre-university, 30–50: "difficult", < 30: university). A band's
middle gets its grade, and scores in between are interpolated (FH_GRADES), so
grade 8 is a score of 62.5, inside the "normal" band.

Syllables are counted by rule, with no dictionary to download: Spanish
spelling is regular (vowel nuclei, with diphthongs and hiatus); the English
rules (vowel groups, silent e, -ed/-es, and the usual two-vowel splits) agree
with the CMU Pronouncing Dictionary on 97.8% of the distinct words (99.1% of
the running words) of the English decks and their sources, and on 98% of the
words of the project's own docs, which were not used to tune them. Numbers
count as spoken ("58": fifty-eight, three syllables); short capitalised
abbreviations are spelled (BDNF: four).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SUPPORTED = ("en", "es")
TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*%?")
SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’»)\]]))\s+")

# (Fernández-Huerta score, school grade), interpolated; outside the ends, clamped.
FH_GRADES = (
    (120.0, 1.5),
    (100.0, 3.5),
    (90.0, 4.5),
    (80.0, 5.5),
    (70.0, 6.5),
    (60.0, 8.5),
    (50.0, 12.5),
    (30.0, 16.5),
    (0.0, 18.0),
)


@dataclass(frozen=True)
class Readability:
    """How hard a text is: its counts, the formula's raw score and a school grade."""

    language: str
    words: int
    sentences: int
    syllables: int
    grade: float  # US school grade equivalent (Flesch–Kincaid, or FH mapped)
    score: float  # the formula's own number: FK grade (en), FH reading ease (es)
    longest_sentence: int = 0
    hard_words: tuple[str, ...] = ()  # the longest words, most syllables first

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0


def base_language(language: str) -> str:
    """'es-MX' → 'es'."""
    return language.split("-")[0].lower()


def sentences(text: str) -> list[str]:
    """Sentences: text up to ., !, ? or … followed by a space (closing quotes kept)."""
    parts = (p.strip() for p in SENTENCE_END.split(text.strip()))
    return [p for p in parts if TOKEN.search(p)]


def words(text: str) -> list[str]:
    """Words and numbers; hyphenated words and contractions are one word."""
    return TOKEN.findall(text)


def syllables(word: str, language: str) -> int:
    """Syllables in one word (a token from ``words``), as read aloud."""
    language = base_language(language)
    if word.endswith("%"):
        return syllables(word[:-1], language) + (2 if language == "en" else 3)
    parts = [p for p in re.split(r"['’\-]", word) if p] if "-" in word else [word]
    if len(parts) > 1:
        return sum(syllables(p, language) for p in parts)
    if word.isdigit():
        spoken = number_words_en(int(word)) if language == "en" else number_words_es(int(word))
        return sum(syllables(w, language) for w in spoken.split())
    spelled = len(word) <= 3 or not re.search(r"[AEIOUÁÉÍÓÚ]", word)  # DNA, BDNF; not NIDA
    if 2 <= len(word) <= 4 and word.isupper() and spelled:
        letters = LETTER_SYLLABLES_EN if language == "en" else LETTER_SYLLABLES_ES
        return sum(letters.get(c, 1) for c in word)
    return syllables_es(word) if language == "es" else syllables_en(word)


@lru_cache(maxsize=4096)  # the editor re-checks the whole deck on every key; one text changes
def readability(text: str, language: str) -> Readability | None:
    """Counts, score and grade for ``text``; None for a language without a formula."""
    language = base_language(language)
    if language not in SUPPORTED:
        return None
    found = sentences(text)
    counts: list[tuple[int, str]] = []
    longest = 0
    for sentence in found:
        tokens = words(sentence)
        longest = max(longest, len(tokens))
        counts += [(syllables(t, language), t) for t in tokens]
    n_words, n_sentences = len(counts), max(len(found), 1)
    n_syllables = sum(c for c, _ in counts)
    if not n_words:
        return Readability(language, 0, 0, 0, 0.0, 0.0)
    long_words = {t.lower(): c for c, t in counts if c >= 3 and not t[0].isdigit()}
    hard = sorted(long_words.items(), key=lambda kv: (-kv[1], kv[0]))
    if language == "en":
        score = flesch_kincaid_grade(n_words, n_sentences, n_syllables)
        grade = score
    else:
        score = fernandez_huerta(n_words, n_sentences, n_syllables)
        grade = fernandez_huerta_grade(score)
    return Readability(
        language, n_words, len(found), n_syllables, max(grade, 0.0), score, longest, tuple(w for w, _ in hard[:3])
    )


def flesch_kincaid_grade(n_words: int, n_sentences: int, n_syllables: int) -> float:
    """Flesch–Kincaid grade level (Kincaid et al. 1975)."""
    return 0.39 * n_words / n_sentences + 11.8 * n_syllables / n_words - 15.59


def fernandez_huerta(n_words: int, n_sentences: int, n_syllables: int) -> float:
    """Fernández-Huerta reading ease (0 hard … 100 easy), as corrected by Law (2011)."""
    return 206.84 - 60.0 * n_syllables / n_words - 1.02 * n_words / n_sentences


def fernandez_huerta_grade(score: float) -> float:
    """A US school grade for a Fernández-Huerta score, from FH_GRADES."""
    if score >= FH_GRADES[0][0]:
        return FH_GRADES[0][1]
    for (high, low_grade), (low, high_grade) in zip(FH_GRADES, FH_GRADES[1:]):
        if score >= low:
            return low_grade + (high - score) / (high - low) * (high_grade - low_grade)
    return FH_GRADES[-1][1]


# --- English -----------------------------------------------------------------

LETTER_SYLLABLES_EN = {"W": 3}
EN_WORDS = {  # common words the rules below get wrong
    "every": 2,
    "everyone": 3,
    "everything": 3,
    "different": 3,
    "business": 2,
    "evening": 2,
    "interest": 2,
    "several": 3,
    "family": 3,
    "people": 2,
    "area": 3,
    "idea": 3,
    "being": 2,
    "naive": 2,
    "real": 1,
    "really": 2,
    "create": 2,
    "created": 3,
    "poem": 2,
    "science": 2,
    "quiet": 2,
    "diet": 2,
    "society": 4,
    "anxiety": 4,
    "variety": 4,
    "fuel": 2,
    "cruel": 2,
    "lower": 2,
    "power": 2,
    "hour": 1,
    "hours": 1,
    "our": 1,
    "fire": 1,
    "tired": 1,
    "react": 2,
    "reuse": 2,
    "preview": 2,
    "coordinate": 4,
    "cooperate": 4,
    "million": 2,
    "billion": 2,
    "opinion": 3,
    "onion": 2,
    "mechanism": 4,
    "alcohol": 3,
    "doesn't": 2,
    "isn't": 2,
    "wasn't": 2,
    "didn't": 2,
    "couldn't": 2,
    "wouldn't": 2,
    "shouldn't": 2,
    "aren't": 1,
    "naloxone": 3,
    "naltrexone": 3,
    "ketamine": 3,
    "heroin": 3,
    "midazolam": 4,
    "placebo": 3,
    "serotonin": 4,
    "element": 3,
    "elements": 3,
    "themselves": 2,
    "something": 2,
    "sometimes": 2,
    "someone": 2,
    "somewhere": 2,
    "whatever": 3,
    "however": 3,
    "wherever": 3,
    "forever": 3,
    "nowhere": 2,
    "hundred": 2,
    "caveat": 3,
    "timeline": 2,
    "judgement": 2,
    "says": 1,
    "said": 1,
    "maybe": 2,
}
ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words_en(n: int) -> str:
    """English words for 0–9999 as read aloud (years in two halves: 2025, twenty twenty-five)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if 1100 <= n < 2100 and n % 100 >= 10:  # a year
        return f"{number_words_en(n // 100)} {number_words_en(n % 100)}"
    if n < 1000:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" {number_words_en(rest)}" if rest else "")
    if n < 10000:
        rest = n % 1000
        return f"{ONES[n // 1000]} thousand" + (f" {number_words_en(rest)}" if rest else "")
    return " ".join(ONES[int(d)] for d in str(n))


def syllables_en(word: str) -> int:
    """English syllables by rule (vowel groups with the common corrections)."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    if w in EN_WORDS:
        return EN_WORDS[w]
    if w.endswith("s") and w[:-1] in EN_WORDS:
        return EN_WORDS[w[:-1]] + (1 if w.endswith(("ces", "ges", "ses", "zes")) else 0)
    for head in ("every", "some", "any"):
        if w.startswith(head) and len(w) > len(head) + 2:
            return syllables_en(head) + syllables_en(w[len(head) :])
    # -es / -ed add a syllable only after a hissing sound (-es) or t/d (-ed).
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-2]
    elif w.endswith("es") and not re.search(r"([sxzcg]|[cs]h|[^aeiouyl]l)es$", w):
        w = w[:-2] if re.search(r"[aeiouy][^aeiouy]+es$", w) or w.endswith(("oes", "ues")) else w[:-1]
    elif w.endswith("ed") and not re.search(r"([td]|[^aeiouyl]l)ed$", w) and len(w) > 3:
        w = w[:-2] if re.search(r"[aeiouy].*[^aeiouy]ed$", w) else w[:-1]
    elif w.endswith(("gue", "que")) and len(w) > 4:
        w = w[:-2]
    # A final e is silent, except in consonant + le (ta-ble) and in words with no other vowel.
    if w.endswith("e") and not re.search(r"[^aeiouy]le$", w) and not w.endswith("ee"):
        if re.search(r"[aeiouy]", w[:-1]):
            w = w[:-1]
    # A silent e before a suffix: safe-ly, hope-ful, move-ment, use-less, aware-ness.
    w = re.sub(r"([aeiou][^aeiouy])e(ly|ful|ment|less|ness)", r"\1\2", w)
    # y before a, e, o, u (and at the start) is a consonant: yes, beyond, player.
    w = re.sub(r"^y|y(?=[aeou])", "j", w)
    count = len(re.findall(r"[aeiouy]+", w))
    # Vowel pairs that are two syllables: pe-ri-od, ac-tu-al, vi-de-o, sci-ence, go-ing, ...
    extra = len(re.findall(r"(?<![aeiouctsgx])(?<!ll)i[ao](?!n$|r)", w))
    extra += len(re.findall(r"(?<![cgstl])io(?=n$)", w))
    extra += len(re.findall(r"(?<![qg])u[ao]", w)) + len(re.findall(r"(?<![qg])ue(?=[nlt])", w))
    extra += len(re.findall(r"eo(?!u)", w)) + len(re.findall(r"(?<![ts])(?<![^s]c)ie(n[ct]|t)", w))
    extra += len(re.findall(r"[aeiouy]ing$|[ae]ic|(?<![hv])oic|iu|ism$|[^aeiou]ea$|ier$", w))
    return max(1, count + max(extra, 0))


# --- Spanish -----------------------------------------------------------------

LETTER_SYLLABLES_ES = {
    "F": 2,
    "H": 2,
    "J": 2,
    "L": 2,
    "M": 2,
    "N": 2,
    "Ñ": 2,
    "R": 2,
    "S": 2,
    "V": 2,
    "W": 3,
    "X": 2,
    "Z": 2,
}
STRONG = set("aeoáéóíú")  # a, e, o, and an accented i or u: each its own syllable nucleus
WEAK = set("iuü")
UNIDADES = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
DECENAS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
CENTENAS = [
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
]


def number_words_es(n: int) -> str:
    """Spanish words for 0–9999 (2025: dos mil veinticinco)."""
    if n < 30:
        return UNIDADES[n]
    if n < 100:
        return DECENAS[n // 10] + ("" if n % 10 == 0 else " y " + UNIDADES[n % 10])
    if n < 1000:
        rest = n % 100
        head = "cien" if n == 100 else CENTENAS[n // 100]
        return head + (f" {number_words_es(rest)}" if rest else "")
    if n < 10000:
        rest = n % 1000
        head = "mil" if n // 1000 == 1 else f"{UNIDADES[n // 1000]} mil"
        return head + (f" {number_words_es(rest)}" if rest else "")
    return " ".join(UNIDADES[int(d)] for d in str(n))


def syllables_es(word: str) -> int:
    """Spanish syllables by rule: one per vowel nucleus.

    Adjacent vowels share a syllable (a diphthong) unless both are strong
    (a, e, o) or one is an accented í/ú (hiatus: dí-a, le-í-do). The u of
    que/qui/gue/gui is silent; h does not separate vowels; y is a vowel only
    at the end of a word or alone (hay, muy, y).
    """
    w = word.lower()
    w = re.sub(r"(?<=[qg])u(?=[eéií])", "", w).replace("h", "")
    w = re.sub(r"y(?![aeiouáéíóú])", "i", w)
    count = 0
    previous = ""
    for char in w:
        if char in STRONG or char in WEAK:
            if not previous or (previous in STRONG and char in STRONG):
                count += 1
            elif previous in WEAK and char in "íú":
                count += 1
            previous = char
        else:
            previous = ""
    return max(count, 1)
