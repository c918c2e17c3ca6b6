"""Gold-corpus scoring, exactly as ../shared/spec/categories.md "Scoring" says.

- A gold span is caught when every letter and digit in it lies inside some redaction.
- A redaction is right when it overlaps some gold span (of any entity).
- Over-redaction: redacted characters outside every gold span / all characters.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from redactor.errors import ConfigurationError
from redactor.policy import ENTITIES


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    entity: str


@dataclass
class GoldDocument:
    id: str
    text: str
    spans: list[GoldSpan]


def load_gold(path: Path) -> list[GoldDocument]:
    """Read a gold JSONL file, checking ids, offsets and entity names."""
    documents, seen = [], set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigurationError(f"{path}: cannot read gold file ({exc.strerror})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            doc_id, text = str(raw["id"]), raw["text"]
            spans = [GoldSpan(int(s["start"]), int(s["end"]), s["entity"]) for s in raw.get("spans", [])]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise ConfigurationError(f"{path}:{number}: not a gold record ({type(exc).__name__})") from None
        if doc_id in seen:
            raise ConfigurationError(f"{path}:{number}: duplicate id '{doc_id}'")
        seen.add(doc_id)
        for span in spans:
            if not (0 <= span.start < span.end <= len(text)) or span.entity not in ENTITIES:
                raise ConfigurationError(f"{path}:{number}: bad span {span.start}-{span.end} {span.entity}")
        documents.append(GoldDocument(doc_id, text, spans))
    return documents


@dataclass
class DocumentScore:
    id: str
    caught: list[bool]
    right: list[bool]
    over_chars: int
    chars: int


def score_document(gold: GoldDocument, redactions: list[tuple[int, int]]) -> DocumentScore:
    text = gold.text
    covered = bytearray(len(text))
    for start, end in redactions:
        covered[start:end] = b"\x01" * (end - start)
    caught = [
        all(covered[i] for i in range(span.start, span.end) if text[i].isalnum()) for span in gold.spans
    ]
    right = [any(start < span.end and span.start < end for span in gold.spans) for start, end in redactions]
    in_gold = bytearray(len(text))
    for span in gold.spans:
        in_gold[span.start : span.end] = b"\x01" * (span.end - span.start)
    over = sum(1 for i in range(len(text)) if covered[i] and not in_gold[i])
    return DocumentScore(gold.id, caught, right, over, len(text))


@dataclass
class Report:
    documents: int = 0
    gold_spans: int = 0
    per_entity: dict[str, list[int]] = field(default_factory=dict)  # entity -> [gold, caught]
    redactions: int = 0
    right: int = 0
    over_chars: int = 0
    chars: int = 0
    missed: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def recall(self) -> dict[str, float]:
        return {e: round(c / g, 4) for e, (g, c) in self.per_entity.items() if g}

    def overall_recall(self) -> float:
        gold = sum(g for g, _ in self.per_entity.values())
        return round(sum(c for _, c in self.per_entity.values()) / gold, 4) if gold else 1.0

    def precision(self) -> float:
        return round(self.right / self.redactions, 4) if self.redactions else 1.0

    def over_redaction(self) -> float:
        return round(self.over_chars / self.chars, 6) if self.chars else 0.0

    def to_json(self) -> dict:
        return {
            "documents": self.documents,
            "gold_spans": self.gold_spans,
            "recall": self.recall(),
            "overall_recall": self.overall_recall(),
            "precision": self.precision(),
            "over_redaction": self.over_redaction(),
            "missed": self.missed,
            "seconds": round(self.seconds, 2),
        }


def evaluate(documents: list[GoldDocument], redact) -> Report:
    """Score `redact(text) -> [(start, end), ...]` on a gold corpus."""
    report = Report()
    began = time.perf_counter()
    for entity in ENTITIES:
        report.per_entity[entity] = [0, 0]
    for gold in documents:
        redactions = redact(gold.text)
        scored = score_document(gold, redactions)
        report.documents += 1
        report.gold_spans += len(gold.spans)
        for span, caught in zip(gold.spans, scored.caught, strict=True):
            tally = report.per_entity.setdefault(span.entity, [0, 0])
            tally[0] += 1
            tally[1] += int(caught)
            if not caught:
                report.missed.append(
                    {"id": gold.id, "entity": span.entity, "start": span.start, "end": span.end}
                )
        for (start, end), right in zip(redactions, scored.right, strict=True):
            report.redactions += 1
            report.right += int(right)
            if not right:
                report.wrong.append({"id": gold.id, "start": start, "end": end})
        report.over_chars += scored.over_chars
        report.chars += scored.chars
    report.per_entity = {e: v for e, v in report.per_entity.items() if v[0]}
    report.seconds = time.perf_counter() - began
    return report
