"""SEXUAL_ORIENTATION: statements of a person's sexual orientation.

Only statements count ("is gay", "identifies as bisexual", a form value), so a
venue, a parade or a street name never matches: the patterns need a verb of
being or identifying before the orientation word.
"""

from __future__ import annotations

from recognizers.base import CuedPatternRecognizer


class SexualOrientationRecognizer(CuedPatternRecognizer):
    CATEGORY = "sexual_orientation"
    ENTITY = "SEXUAL_ORIENTATION"
