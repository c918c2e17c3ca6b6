"""The project's recognizers, one module per confidential category.

`build_registry` loads them into a Presidio `RecognizerRegistry`, with spaCy's
PERSON/location entities for the linking stage, and nothing else of Presidio's
predefined set: fewer recognizers, less work per page, and no URL/e-mail
recognizer reaching for the public-suffix list over the network.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from recognizers.financial_record import FinancialRecordRecognizer
from recognizers.immigration_status import ImmigrationStatusRecognizer
from recognizers.public_assistance import PublicAssistanceRecognizer
from recognizers.sexual_orientation import SexualOrientationRecognizer
from recognizers.table_columns import TableColumnRecognizer
from recognizers.us_ssn import SocialSecurityNumberRecognizer

STATEMENT_RECOGNIZERS: tuple[type[EntityRecognizer], ...] = (
    SocialSecurityNumberRecognizer,
    FinancialRecordRecognizer,
    ImmigrationStatusRecognizer,
    PublicAssistanceRecognizer,
    SexualOrientationRecognizer,
    TableColumnRecognizer,
)

# spaCy entities the linking stage reads; never redacted on their own.
NLP_ENTITIES = ("PERSON",)


def build_registry(language: str = "en") -> RecognizerRegistry:
    registry = RecognizerRegistry(supported_languages=[language])
    for recognizer_class in STATEMENT_RECOGNIZERS:
        registry.add_recognizer(recognizer_class(supported_language=language))
    registry.add_recognizer(
        SpacyRecognizer(supported_language=language, supported_entities=list(NLP_ENTITIES))
    )
    return registry


__all__ = ["NLP_ENTITIES", "STATEMENT_RECOGNIZERS", "build_registry"]
