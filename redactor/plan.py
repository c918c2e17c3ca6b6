"""Planning: merge overlapping findings, apply the release profile, choose labels.

The RedactionPlan is the single source of truth that the writer, the log and
the evaluation all read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from redactor.detect import Finding
from redactor.language import LanguageMap
from redactor.policy import LABEL_WORDS, LEGAL_SOURCE, ROLE_ENTITIES, Profile


@dataclass(frozen=True)
class Redaction:
    """One span to remove, with why: entity, rule, score, legal source and label."""

    start: int
    end: int
    entity: str
    score: float
    recognizer: str
    rule: str
    label: str
    source: str
    person: str = ""


@dataclass
class RedactionPlan:
    text: str
    profile: Profile
    redactions: list[Redaction] = field(default_factory=list)
    languages: LanguageMap | None = None  # the language of each paragraph, for the log

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for redaction in self.redactions:
            counts[redaction.entity] = counts.get(redaction.entity, 0) + 1
        return counts


def _to_word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole words: a half-redacted word can still be read."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _priority(finding: Finding) -> tuple[int, float]:
    # A protected person's label beats a statement label on the same words:
    # it keeps the narrative consistent ("[DV VICTIM 1]" everywhere).
    return (1 if finding.entity in ROLE_ENTITIES else 0, finding.score)


def _label(entity: str, person: str) -> str:
    if person and "#" in person:
        return f"[{LABEL_WORDS[entity]} {person.split('#', 1)[1]}]"
    return f"[{LABEL_WORDS[entity]}]"


# Statement categories whose neighbouring findings read as one list: "receives SNAP and TFA".
LISTED_ENTITIES = ("PUBLIC_ASSISTANCE", "IMMIGRATION_STATUS")
# What may join two items of such a list on one line: a comma, a slash, "and", "or", "y", "o".
LIST_JOINER = re.compile(r"[ \t]*(?:[,/&+][ \t]*)?(?:(?:and|or|y|o|plus|as well as)[ \t]+)?", re.IGNORECASE)


def _joins_list(text: str, left: Finding, right: Finding, gap_start: int, gap_end: int) -> bool:
    """Two findings of one statement category with only a list joiner between them are one
    statement: "SNAP and TFA" is redacted whole, not as "[PA] and [PA]" (the word between
    them reveals nothing, and a reader sees one program list removed)."""
    return (
        left.entity == right.entity
        and left.entity in LISTED_ENTITIES
        and not left.person
        and not right.person
        and gap_end > gap_start
        and LIST_JOINER.fullmatch(text, gap_start, gap_end) is not None
    )


def make_plan(text: str, findings: list[Finding], profile: Profile) -> RedactionPlan:
    """Merge overlapping findings into non-overlapping redactions the profile requires."""
    wanted = sorted(
        (f for f in findings if profile.redacts(f.entity)),
        key=lambda f: (f.start, -f.end),
    )
    merged: list[tuple[int, int, Finding]] = []
    for finding in wanted:
        start, end = _to_word_bounds(text, finding.start, finding.end)
        if merged and start < merged[-1][1]:
            prev_start, prev_end, prev = merged[-1]
            best = finding if _priority(finding) > _priority(prev) else prev
            merged[-1] = (prev_start, max(prev_end, end), best)
        elif merged and _joins_list(text, merged[-1][2], finding, merged[-1][1], start):
            prev_start, _, prev = merged[-1]
            merged[-1] = (prev_start, end, prev)
        else:
            merged.append((start, end, finding))
    plan = RedactionPlan(text=text, profile=profile)
    for start, end, finding in merged:
        plan.redactions.append(
            Redaction(
                start=start,
                end=end,
                entity=finding.entity,
                score=finding.score,
                recognizer=finding.recognizer,
                rule=finding.reason,
                label=_label(finding.entity, finding.person),
                source=LEGAL_SOURCE[finding.entity],
                person=finding.person,
            )
        )
    return plan
