"""The redaction log (JSON Lines) and the run summary (CSV).

The log says what was removed (entity, page, offsets, rule, legal source) and
proves which value it was with an HMAC-SHA256 under a local key, never with
the value itself or any part of it.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from redactor.documents import Document
from redactor.plan import RedactionPlan
from redactor.policy import ENTITIES

LOG_NAME = "redaction-log.jsonl"
SUMMARY_NAME = "summary.csv"
KEY_ENV = "REDACTOR_LOG_KEY"
KEY_FILE_ENV = "REDACTOR_KEY_FILE"


def default_key_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "nh-redactor" / "log-hmac.key"


def log_key() -> bytes:
    """The HMAC key: $REDACTOR_LOG_KEY, else a key file made with mode 0600 on first use."""
    env = os.environ.get(KEY_ENV)
    if env:
        return env.encode("utf-8")
    path = Path(os.environ.get(KEY_FILE_ENV) or default_key_file())
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_hex(32).encode("ascii")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def value_hmac(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def log_records(document: Document, plan: RedactionPlan, key: bytes) -> list[dict]:
    """One record per redaction, offsets relative to the page they fall on."""
    offsets = document.page_offsets()
    records = []
    for redaction in plan.redactions:
        page_index = max(i for i, off in enumerate(offsets) if off <= redaction.start)
        base = offsets[page_index]
        records.append(
            {
                "input": str(document.path),
                "sha256": document.sha256,
                "page": document.pages[page_index].number,
                "start": redaction.start - base,
                "end": redaction.end - base,
                "entity": redaction.entity,
                "label": redaction.label,
                "recognizer": redaction.recognizer,
                "rule": redaction.rule,
                "score": redaction.score,
                "source": redaction.source,
                "language": plan.languages.at(redaction.start) if plan.languages else None,
                "profile": plan.profile.name,
                "basis": plan.profile.basis,
                "hmac": value_hmac(key, plan.text[redaction.start : redaction.end]),
            }
        )
    return records


@dataclass
class DocumentOutcome:
    """What happened to one input: redacted (with counts) or quarantined (with a reason)."""

    path: Path
    status: str
    counts: dict[str, int] = field(default_factory=dict)
    output: Path | None = None

    @property
    def quarantined(self) -> bool:
        return self.status.startswith("quarantined")


class RunLog:
    """Appends log records as documents finish; writes the summary at the end."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.log_path = directory / LOG_NAME
        self.summary_path = directory / SUMMARY_NAME
        self._log = self.log_path.open("w", encoding="utf-8")
        self.key = log_key()

    def write_records(self, records: list[dict]) -> None:
        for record in records:
            self._log.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._log.flush()

    def write_summary(self, outcomes: list[DocumentOutcome]) -> None:
        with self.summary_path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["document", "status", *ENTITIES, "total"])
            for outcome in outcomes:
                counts = [outcome.counts.get(entity, 0) for entity in ENTITIES]
                writer.writerow([str(outcome.path), outcome.status, *counts, sum(counts)])

    def close(self) -> None:
        self._log.close()
