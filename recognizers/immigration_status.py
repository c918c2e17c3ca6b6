"""IMMIGRATION_STATUS: statements of a person's immigration or citizenship status.

The phrases live in `data/immigration_status.*.yaml`. A phrase that names an
office, a law or a general topic ("ICE's Hartford field office", "immigration
policy", "regardless of immigration status") is not a statement about a person
and is dropped by the neighbour rules in the same files.
"""

from __future__ import annotations

from recognizers.base import CuedPatternRecognizer


class ImmigrationStatusRecognizer(CuedPatternRecognizer):
    CATEGORY = "immigration_status"
    ENTITY = "IMMIGRATION_STATUS"
