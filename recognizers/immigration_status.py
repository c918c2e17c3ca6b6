"""IMMIGRATION_STATUS: statements of a person's immigration or citizenship status.

The phrases live in `data/immigration_status.*.yaml`. A phrase that names an
office, a law or a general topic ("ICE's Hartford field office", "immigration
policy", "regardless of immigration status") is not a statement about a person
and is dropped by the neighbour rules in the same files.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers.base import CuedPatternRecognizer

# A record about a U or T visa certification: then "Supplement B" alone is that certification.
VISA_CERTIFICATION = re.compile(r"\bI-91[48]\b|\b[UT][- ]?visa\b|\b[UT]\s+nonimmigrant\b", re.IGNORECASE)
# A record about criminal parole (a parole officer's case notes, a release from prison): there a
# "parolee" is someone released on parole, which says nothing of immigration.
CRIMINAL_PAROLE = re.compile(
    r"\bparole\s+(?:officer|manager|supervisor|district|board|hearing|violation|revocation|conditions?|"
    r"supervision|and\s+community\s+services)\b|\bpardons\s+and\s+paroles\b|\bdepartment\s+of\s+correction\b|"
    r"\b(?:released|out)\s+on\s+parole\b|\bon\s+(?:state\s+|federal\s+)?parole\s+(?:for|since|until|after)\b",
    re.IGNORECASE,
)


class ImmigrationStatusRecognizer(CuedPatternRecognizer):
    CATEGORY = "immigration_status"
    ENTITY = "IMMIGRATION_STATUS"

    def prepare(self, text: str) -> None:
        self._certification = bool(VISA_CERTIFICATION.search(text))
        self._criminal_parole = bool(CRIMINAL_PAROLE.search(text))

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        explanation = result.analysis_explanation
        if explanation and explanation.pattern_name == "IMM-EN-SUPPB" and not self._certification:
            return None  # another form's Supplement B
        if explanation and explanation.pattern_name == "IMM-EN-PAROLE" and self._criminal_parole:
            return None  # released on parole from a sentence
        return super().refine(text, result)
