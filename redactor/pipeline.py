"""The pipeline over one text or one document: detect → link → plan → write.

Stages are plain functions in their own modules; this module only runs them
in order with one analyzer built per process.
"""

from __future__ import annotations

from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine

from redactor.detect import Finding, build_analyzer, detect, repeated_values
from redactor.documents import Document
from redactor.errors import UnsupportedLanguage
from redactor.general_documents import about_someone
from redactor.language import LanguageMap
from redactor.linking import link, roles_possible
from redactor.lookalikes import detection_view
from redactor.ocr import review_unsure_words
from redactor.plan import RedactionPlan, make_plan
from redactor.policy import DEFAULT_PROFILE, Profile, get_profile
from redactor.spacing import pack_spaced
from redactor.writers.text import redact_text


@dataclass
class Analysis:
    plan: RedactionPlan
    findings: list[Finding]


class Pipeline:
    """Detects and plans redactions; one instance per process, reused for every document."""

    def __init__(self, profile: Profile | str = DEFAULT_PROFILE, analyzer: AnalyzerEngine | None = None):
        self.profile = get_profile(profile) if isinstance(profile, str) else profile
        self.analyzer = analyzer or build_analyzer()

    def analyze(self, text: str) -> Analysis:
        # detection reads OCR's look-alike swaps back ("2O3-555-Ol58") and a scan's letter-spaced
        # runs together ("( 2 0 3 )  5 5 5 - 0 1 9 8"); offsets are the text's, mapped back
        view, spaced = pack_spaced(detection_view(text))
        languages = LanguageMap(view)
        spanish = [(p.start, p.end) for p in languages.paragraphs if p.language == "es"]
        raw = detect(view, self.analyzer, names=roles_possible(view), unread=spanish)
        people = [f for f in raw if f.entity == "PERSON" and languages.at(f.start) != "es"]
        statements = [f for f in raw if f.entity != "PERSON"]
        linked = link(view, people)
        statements = about_someone(view, statements, linked.people)
        findings = statements + repeated_values(view, statements) + linked.findings
        if spaced.starts:
            findings = spaced.findings_to_text(findings)
        plan = make_plan(text, findings, self.profile)
        plan.languages = languages
        return Analysis(plan=plan, findings=findings)

    def plan_document(self, document: Document) -> RedactionPlan:
        plan = self.analyze(document.text).plan
        foreign = plan.languages.foreign() if plan.languages else []
        if foreign:
            number, paragraph = foreign[0]
            raise UnsupportedLanguage(
                document.path,
                f"paragraph {number} reads as language '{paragraph.language}' "
                f"({len(foreign)} such paragraph{'s' if len(foreign) > 1 else ''})",
            )
        if any(page.ocr for page in document.pages):
            review_unsure_words(document, plan)
        return plan

    def redact_text(self, text: str, style: str = "label") -> str:
        return redact_text(self.analyze(text).plan, style)
