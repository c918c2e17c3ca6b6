"""PUBLIC_ASSISTANCE: receipt of public assistance and benefit case numbers.

"SNAP benefits" about a person is confidential; "the SNAP office on Church
Street" or "changes to SNAP eligibility rules" is not. The neighbour rules in
`data/public_assistance.*.yaml` drop offices, policies and unchecked form options.
"""

from __future__ import annotations

from recognizers.base import CuedPatternRecognizer


class PublicAssistanceRecognizer(CuedPatternRecognizer):
    CATEGORY = "public_assistance"
    ENTITY = "PUBLIC_ASSISTANCE"
