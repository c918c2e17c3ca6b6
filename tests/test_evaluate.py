"""Scoring, checked on a tiny gold file whose answer was computed by hand."""

from __future__ import annotations

import json

import pytest

from redactor.errors import ConfigurationError
from redactor.evaluate import evaluate, load_gold

# doc a: "SSN 123-45-6789 and Ana Ruiz." gold: SSN 4-15, DV_VICTIM 20-28
# doc b: "He gets SNAP benefits." gold: PUBLIC_ASSISTANCE 8-21
TEXT_A = "SSN 123-45-6789 and Ana Ruiz."
TEXT_B = "He gets SNAP benefits."


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [
        {
            "id": "a",
            "text": TEXT_A,
            "spans": [
                {"start": 4, "end": 15, "entity": "US_SSN"},
                {"start": 20, "end": 28, "entity": "DV_VICTIM"},
            ],
        },
        {"id": "b", "text": TEXT_B, "spans": [{"start": 8, "end": 21, "entity": "PUBLIC_ASSISTANCE"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_scoring_by_hand(gold_file):
    # Redactions chosen by hand:
    #  a: 4-15 (whole SSN: caught, right), 20-23 ("Ana": right, but "Ruiz" unredacted -> DV missed),
    #     0-3 ("SSN": wrong, 3 chars over-redacted)
    #  b: 8-12 ("SNAP": right, but "benefits" letters uncovered -> missed)
    answers = {TEXT_A: [(4, 15), (20, 23), (0, 3)], TEXT_B: [(8, 12)]}
    report = evaluate(load_gold(gold_file), lambda text: answers[text])
    out = report.to_json()
    assert out["documents"] == 2
    assert out["gold_spans"] == 3
    assert out["recall"] == {"US_SSN": 1.0, "DV_VICTIM": 0.0, "PUBLIC_ASSISTANCE": 0.0}
    assert out["overall_recall"] == round(1 / 3, 4)
    assert out["precision"] == 0.75  # 3 right of 4
    assert out["over_redaction"] == round(3 / (len(TEXT_A) + len(TEXT_B)), 6)
    assert {(m["id"], m["entity"]) for m in out["missed"]} == {("a", "DV_VICTIM"), ("b", "PUBLIC_ASSISTANCE")}


def test_caught_ignores_spaces_and_punctuation(gold_file):
    # "Ana" and "Ruiz" redacted separately: every letter is covered, so the span is caught.
    answers = {TEXT_A: [(4, 15), (20, 23), (24, 28)], TEXT_B: [(5, 21)]}
    report = evaluate(load_gold(gold_file), lambda text: answers[text])
    assert report.overall_recall() == 1.0
    assert report.precision() == 1.0


def test_bad_gold_file_names_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "abc", "spans": [{"start": 2, "end": 9, "entity": "US_SSN"}]}\n')
    with pytest.raises(ConfigurationError, match=r"bad\.jsonl:1"):
        load_gold(path)
