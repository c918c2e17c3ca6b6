"""Nothing confidential is written where it was not asked for: the log and the
summary of a run over the whole development corpus hold no gold value."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.evaluate import load_gold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "samples" / "gold.jsonl"
OPAQUE_FIELDS = {"hmac", "sha256"}  # hex digests: digits in them are not text from the documents


@pytest.mark.slow
def test_log_and_summary_hold_no_gold_value(tmp_path, analyzer):
    documents = load_gold(GOLD)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    values = set()
    for doc in documents:
        (inbox / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
        values.update(doc.text[s.start : s.end] for s in doc.spans)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["redact", str(inbox), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output

    strings: list[str] = []
    for line in (out / "redaction-log.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for key, value in record.items():
            if key in OPAQUE_FIELDS:
                continue
            assert isinstance(value, (str, int, float)), key
            if isinstance(value, str):
                strings.append(value)
    with (out / "summary.csv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            strings.extend(row)
    haystack = "\n".join(strings)
    # Whole-word matches: "SSI" inside our own column name "PUBLIC_ASSISTANCE" is not a leak.
    leaked = sorted(v for v in values if re.search(rf"(?<![\w]){re.escape(v)}(?![\w])", haystack))
    assert leaked == []
    assert len(strings) > 1000  # the run really logged the corpus
