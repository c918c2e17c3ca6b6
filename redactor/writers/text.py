"""Redacted text through Presidio's AnonymizerEngine operators.

Each redaction becomes an operator result keyed by its own label, so one
protected person reads "[DV VICTIM 1]" everywhere; `box` style replaces every
redacted character but line breaks with █ so lengths and lines are kept.
"""

from __future__ import annotations

from functools import cache

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from redactor.documents import PAGE_SEPARATOR, Document
from redactor.plan import RedactionPlan

STYLES = ("label", "box")
BOX = "█"


def _box(value: str) -> str:
    return "".join(ch if ch == "\n" else BOX for ch in value)


@cache
def _anonymizer() -> AnonymizerEngine:
    return AnonymizerEngine()


def redact_text(plan: RedactionPlan, style: str = "label") -> str:
    """The plan's text with every redaction replaced."""
    if not plan.redactions:
        return plan.text
    results, operators = [], {}
    for redaction in plan.redactions:
        key = redaction.label if style == "label" else "BOX"
        results.append(RecognizerResult(key, redaction.start, redaction.end, 1.0))
        if key not in operators:
            operators[key] = (
                OperatorConfig("replace", {"new_value": redaction.label})
                if style == "label"
                else OperatorConfig("custom", {"lambda": _box})
            )
    return _anonymizer().anonymize(text=plan.text, analyzer_results=results, operators=operators).text


def render_document(document: Document, redacted: str) -> str:
    """The redacted text as written to disk: pages (or an e-mail's parts) separated and numbered."""
    if len(document.pages) == 1 and document.kind != "pdf":
        return redacted
    pages = redacted.split(PAGE_SEPARATOR)
    unit = "Page" if document.kind == "pdf" else "Part"
    return "".join(
        f"=== {unit} {page.number} of {len(document.pages)} ===\n{body}\n"
        for page, body in zip(document.pages, pages, strict=True)
    )
