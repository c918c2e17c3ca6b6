"""End to end through the command line: outputs, summary, log, exit status, quarantine."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from tests.pdf_fixtures import broken_pdf, encrypted_pdf, image_only_pdf, text_pdf

runner = CliRunner()

REPORT = """NEW HAVEN POLICE DEPARTMENT
Offense: 53a-61 Assault 3rd (Family Violence)
V1 | RUIZ, JENNIFER A | 04/12/1991 | 218 Blatchley Ave, Apt 2 | (203) 555-0147
S1 | DELGADO, MARCUS J | 11/30/1988 | 90 Poplar St | (475) 555-0192
The victim, Jennifer Ruiz, stated Delgado slapped her. Her SSN is 412-55-8812.
She told officers she is undocumented and receives SNAP benefits.
"""
SECRETS = [
    "Jennifer",
    "Ruiz",
    "RUIZ",
    "04/12/1991",
    "218 Blatchley",
    "555-0147",
    "412-55-8812",
    "undocumented",
    "SNAP benefits",
]


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    (folder / "reports").mkdir()
    (folder / "reports" / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "notes.md").write_text("Client is on HUSKY D. SSN: 512-44-9087\n", encoding="utf-8")
    good = text_pdf(
        folder / "statement.pdf",
        [REPORT.split("The victim")[0], "The victim" + REPORT.split("The victim")[1]],
    )
    broken_pdf(folder / "broken.pdf", good)
    encrypted_pdf(folder / "locked.pdf", good)
    image_only_pdf(folder / "scan.pdf")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    return folder


@pytest.fixture(scope="module")
def run(inbox, tmp_path_factory, analyzer):
    out = tmp_path_factory.mktemp("out")
    quarantine = tmp_path_factory.mktemp("quarantine")
    result = runner.invoke(app, ["redact", str(inbox), "--out", str(out), "--quarantine", str(quarantine)])
    return result, out, quarantine


@pytest.mark.slow
def test_exit_status_says_some_documents_were_quarantined(run):
    result, _, _ = run
    assert result.exit_code == 3, result.output


@pytest.mark.slow
def test_outputs_mirror_inputs_and_hold_no_secret(run):
    _, out, _ = run
    report = (out / "reports" / "report.txt").read_text(encoding="utf-8")
    statement = (out / "statement.pdf.txt").read_text(encoding="utf-8")
    assert "[DV VICTIM 1]" in report
    assert "Delgado" in report  # the suspect stays
    assert "=== Page 2 of 2 ===" in statement
    for secret in SECRETS:
        assert secret not in report, secret
        assert secret not in statement, secret
    assert "HUSKY" not in (out / "notes.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_bad_documents_quarantined_not_written(run):
    _, out, quarantine = run
    written = {p.name for p in out.rglob("*") if p.is_file()}
    for name in ("broken.pdf", "locked.pdf", "scan.pdf", "empty.txt", "photo.jpg"):
        assert not any(w.startswith(name) for w in written), name
        assert (quarantine / name).exists()
        assert (quarantine / f"{name}.reason.txt").read_text().strip()


@pytest.mark.slow
def test_summary_lists_every_document_with_status(run):
    _, out, _ = run
    rows = {Path(r["document"]).name: r for r in csv.DictReader((out / "summary.csv").open())}
    assert rows["report.txt"]["status"] == "redacted"
    assert int(rows["report.txt"]["DV_VICTIM"]) >= 5
    assert rows["locked.pdf"]["status"] == "quarantined: PDF is encrypted"
    assert "OCR could not read" in rows["scan.pdf"]["status"]
    assert rows["broken.pdf"]["status"].startswith("quarantined: damaged PDF")
    assert rows["empty.txt"]["status"] == "quarantined: zero-byte file"
    assert "unsupported file type" in rows["photo.jpg"]["status"]


@pytest.mark.slow
def test_log_records_have_the_fields_and_no_plaintext(run):
    _, out, _ = run
    log_text = (out / "redaction-log.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in log_text.splitlines()]
    assert records
    required = {
        "input",
        "sha256",
        "page",
        "start",
        "end",
        "entity",
        "recognizer",
        "score",
        "source",
        "profile",
        "hmac",
    }
    assert all(required <= set(r) for r in records)
    assert {r["page"] for r in records if r["input"].endswith("statement.pdf")} == {1, 2}
    for secret in SECRETS:
        assert secret not in log_text


@pytest.mark.slow
def test_stderr_names_each_quarantined_file(run):
    result, _, _ = run
    for name in ("broken.pdf", "locked.pdf", "scan.pdf"):
        assert name in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_box_style_keeps_length_and_lines(tmp_path, analyzer):
    source = tmp_path / "in" / "report.txt"
    source.parent.mkdir()
    source.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(
        app, ["redact", str(source), "--out", str(tmp_path / "out"), "--style", "box", "-q"]
    )
    assert result.exit_code == 0, result.output
    boxed = (tmp_path / "out" / "report.txt").read_text(encoding="utf-8")
    assert len(boxed) == len(REPORT)
    assert boxed.count("\n") == REPORT.count("\n")
    assert "█" in boxed and "412-55-8812" not in boxed


@pytest.mark.slow
def test_log_dir_option_and_key_file_mode(tmp_path, analyzer, monkeypatch):
    key_file = tmp_path / "keys" / "log.key"
    monkeypatch.setenv("REDACTOR_KEY_FILE", str(key_file))
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(
        app, ["redact", str(source), "--out", str(tmp_path / "out"), "--log", str(tmp_path / "logs"), "-q"]
    )
    assert result.exit_code == 0
    assert (tmp_path / "logs" / "redaction-log.jsonl").exists()
    assert not (tmp_path / "out" / "redaction-log.jsonl").exists()
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_missing_input_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["redact", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output


def test_help_explains_options():
    result = runner.invoke(app, ["redact", "--help"])
    assert result.exit_code == 0
    for option in ("--out", "--log", "--style", "--profile", "--quarantine", "--quiet"):
        assert option in result.output


@pytest.mark.slow
def test_eval_json_prints_one_object(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {"id": "d1", "text": "SSN: 412-55-8812.", "spans": [{"start": 5, "end": 16, "entity": "US_SSN"}]}
        )
        + "\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "redactor.cli", "eval", str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(proc.stdout)
    assert out["recall"] == {"US_SSN": 1.0}
    assert out["precision"] == 1.0
    assert set(out) >= {"documents", "gold_spans", "overall_recall", "over_redaction", "missed", "seconds"}
