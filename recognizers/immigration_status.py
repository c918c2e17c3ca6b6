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


class ImmigrationStatusRecognizer(CuedPatternRecognizer):
    CATEGORY = "immigration_status"
    ENTITY = "IMMIGRATION_STATUS"

    def prepare(self, text: str) -> None:
        self._certification = bool(VISA_CERTIFICATION.search(text))

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        explanation = result.analysis_explanation
        if explanation and explanation.pattern_name == "IMM-EN-SUPPB" and not self._certification:
            return None  # another form's Supplement B
        return super().refine(text, result)
