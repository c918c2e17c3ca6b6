"""Documents about no one: a resource guide, a training bulletin, a public notice, a dashboard.

Their program names and status words describe programs and rules ("Do not ask whether anyone
receives SNAP", "Energy assistance (CEAP) sign-ups ... 62"), so what a statement recognizer
finds there is about nobody. A document is taken for one only when its heading says what kind
it is and linking found no protected person in it; even then a checked box's answer and any
number (a case or member number) are kept.
"""

from __future__ import annotations

import re

from redactor.detect import Finding
from redactor.linking import Person

# The kind of document its heading names: what a city office writes for everyone.
GENERAL_KIND = re.compile(
    r"\b(?:(?:resource|resident|program|reference|quick|staff|user|welcoming\s+city)\s+guide|"
    r"(?:training|roll[\s-]call|community|weekly|monthly|information(?:al)?)\s+bulletin|"
    r"frequently\s+asked\s+questions|FAQs?|handbook|fact\s+sheet|brochure|dashboard|public\s+notice|"
    r"information\s+sheet|program\s+description|(?:quarterly|annual|monthly)\s+(?:report|statistics|summary)|"
    # a flyer for an event: "FREE BENEFITS ENROLLMENT DAY / DÍA DE INSCRIPCIÓN EN BENEFICIOS"
    r"flyer|volante|(?:enrol(?:l)?ment|sign[\s-]?up|benefits?|resource|information)\s+(?:day|fair|event|night|session)|"
    r"(?:d[ií]a|jornada|feria)\s+de\s+(?:inscripci[oó]n|recursos|beneficios|informaci[oó]n))\b",
    re.I,
)
HEADING_LINES = 6
# What a statement recognizer finds about a person's status or benefits.
STATEMENT_ENTITIES = frozenset({"PUBLIC_ASSISTANCE", "IMMIGRATION_STATUS", "SEXUAL_ORIENTATION"})
# A checked box's option ("[X] SNAP"): a form's answer about its one person.
CHECKED_OPTION = frozenset({"PA-EN-04"})
# A case or member number in the find (four digits or more), not "Section 8".
NUMBER = re.compile(r"\d(?:[\s-]?\d){3}")


def is_general(text: str, people: list[Person]) -> bool:
    """A guide, bulletin, notice or dashboard by its heading, naming no protected person."""
    heading = "\n".join([line for line in text[:2000].splitlines() if line.strip()][:HEADING_LINES])
    return bool(GENERAL_KIND.search(heading)) and not any(p.protected for p in people)


def about_someone(text: str, findings: list[Finding], people: list[Person]) -> list[Finding]:
    """The findings less the statements a general document makes about nobody."""
    if not is_general(text, people):
        return findings
    return [
        f
        for f in findings
        if f.entity not in STATEMENT_ENTITIES
        or f.reason in CHECKED_OPTION
        or NUMBER.search(text[f.start : f.end])
    ]
