"""Per-paragraph language: English, Spanish, undetermined, or a third language.

New Haven takes statements in Spanish, and one record often mixes the two: an
English report quoting a Spanish statement, an officer's English note under
it. Detection runs the cue lists of both languages everywhere (recall first);
what the language decides is narrower:
- whether the English name model's PERSON entities are trusted (in a Spanish
  paragraph they are mostly ordinary words: "Tengo miedo", "Yo corrí al baño");
- what the redaction log tells a reviewer about the paragraph a redaction sits in;
- whether the document can be redacted at all: a paragraph in a third language
  (a Portuguese statement, say) holds cues no list here knows, so the document
  goes to review instead of out.

py3langid's model ships inside its wheel: nothing is downloaded at run time.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("en", "es")
UNDETERMINED = "und"
# A paragraph this short, or classified with less confidence, is left undetermined:
# "DSS case no.: 0048120397" is in no language in particular.
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.9
# A paragraph is only called a third language when it is long and the model is sure:
# on the 175 documents of the three gold corpora no paragraph comes near these.
FOREIGN_MIN_LETTERS = 120
FOREIGN_MIN_CONFIDENCE = 0.95

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    language: str
    confidence: float


@cache
def _identifier():
    """py3langid over all its 97 languages, loaded once per process (about 85 MB): one model
    both notices a third language and, restricted to our two, decides English or Spanish."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _letter_weight(text: str) -> int:
    """Letters, a letter of a non-Latin script counting for three: one Chinese
    character carries about as much as a short English word."""
    return sum(1 if ch < "\u0250" else 3 for ch in text if ch.isalpha())


def classify(text: str) -> tuple[str, float]:
    """(language, confidence) of one piece of text: 'en' or 'es'; 'und' when too short
    or unsure; another ISO 639 code when the text is plainly in a third language."""
    letters = _letter_weight(text)
    if letters < MIN_LETTERS:
        return UNDETERMINED, 0.0
    ranked = _identifier().rank(text)
    top, top_probability = ranked[0]
    if letters >= FOREIGN_MIN_LETTERS and top not in LANGUAGES and top_probability >= FOREIGN_MIN_CONFIDENCE:
        return top, float(top_probability)
    # The softmax over all languages, renormalised over ours, is the two-language model's answer.
    probability = dict(ranked)
    english, spanish = probability.get("en", 0.0), probability.get("es", 0.0)
    if english + spanish <= 0.0:
        return UNDETERMINED, 0.0
    language, confidence = ("en", english) if english >= spanish else ("es", spanish)
    confidence = float(confidence / (english + spanish))
    return (language if confidence >= MIN_CONFIDENCE else UNDETERMINED), confidence


def paragraphs(text: str) -> list[Paragraph]:
    """The text's paragraphs (split at blank lines), each with its language."""
    found, start = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[start:end].strip():
            found.append(Paragraph(start, end, *classify(text[start:end])))
        start = match.end() if match else len(text)
    return found


class LanguageMap:
    """Answers 'which language is the paragraph at this offset in?' for one text."""

    def __init__(self, text: str) -> None:
        self.paragraphs = paragraphs(text)
        self._starts = [p.start for p in self.paragraphs]

    def at(self, position: int) -> str:
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0:
            return UNDETERMINED
        paragraph = self.paragraphs[index]
        return paragraph.language if position <= paragraph.end else UNDETERMINED

    def foreign(self) -> list[tuple[int, Paragraph]]:
        """(1-based number, paragraph) of each paragraph in neither English nor Spanish."""
        return [
            (number, p)
            for number, p in enumerate(self.paragraphs, start=1)
            if p.language not in (*LANGUAGES, UNDETERMINED)
        ]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for paragraph in self.paragraphs:
            counts[paragraph.language] = counts.get(paragraph.language, 0) + 1
        return counts
