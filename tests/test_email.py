"""E-mail: headers and both body parts redacted, attachments redacted recursively under
neutral names, unsupported ones dropped and logged, a bad attachment quarantines the mail."""

from __future__ import annotations

import json
from email import policy
from email.parser import BytesParser

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from redactor.cli import app
from redactor.readers.email import html_to_text
from tests.email_fixtures import statement_email
from tests.pdf_fixtures import encrypted_pdf, text_pdf

runner = CliRunner()
SSN = "412-55-8812"
REPORT = (
    "NEW HAVEN POLICE DEPARTMENT\nOffense: 53a-61 Assault 3rd (Family Violence)\n"
    f"The victim, Jennifer Ruiz, stated Marcus Delgado slapped her.\nHer SSN is {SSN}.\n"
)


@pytest.fixture(scope="module")
def mailed(tmp_path_factory, analyzer):
    inbox = tmp_path_factory.mktemp("mail-in")
    pdf = text_pdf(tmp_path_factory.mktemp("att") / "Jennifer_Ruiz_report.pdf", [REPORT])
    statement_email(
        inbox / "statement.eml",
        [
            ("Jennifer_Ruiz_report.pdf", pdf.read_bytes(), "application/pdf"),
            ("photo.png", b"\x89PNG\r\n", "image/png"),
        ],
    )
    locked = encrypted_pdf(tmp_path_factory.mktemp("att2") / "locked.pdf", pdf)
    statement_email(inbox / "locked.eml", [("locked.pdf", locked.read_bytes(), "application/pdf")])
    out = tmp_path_factory.mktemp("mail-out")
    result = runner.invoke(app, ["redact", str(inbox), "--out", str(out), "-q"])
    assert result.exit_code == 3, result.output  # locked.eml is quarantined
    return inbox, out


def _message(path):
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


@pytest.mark.slow
def test_headers_and_bodies_are_redacted(mailed):
    _, out = mailed
    data = (out / "statement.eml").read_bytes()
    message = _message(out / "statement.eml")
    decoded = b"".join(p.get_payload(decode=True) or b"" for p in message.walk() if not p.is_multipart())
    for secret in ("Omar", "Haddad", "ohaddad", "555-0188"):
        assert secret.encode() not in data and secret.encode() not in decoded
        assert secret not in str(message["From"])
    assert message["Message-ID"] is None and message["X-Originating-IP"] is None
    shown = decoded.decode("latin-1")  # text parts and the redacted PDF attachment's bytes
    assert "Howard Ave" in shown and "[WITNESS 1]" in shown
    assert {p.get_content_type() for p in message.walk()} >= {"text/plain", "text/html"}


@pytest.mark.slow
def test_pdf_attachment_is_redacted_and_renamed(mailed):
    _, out = mailed
    parts = [p for p in _message(out / "statement.eml").walk() if p.get_filename()]
    assert [p.get_filename() for p in parts] == ["attachment-1.pdf"]  # the PNG is dropped
    data = parts[0].get_payload(decode=True)
    assert data.startswith(b"%PDF")
    attached = out / "attached.pdf"
    attached.write_bytes(data)
    text = "\n".join(page.extract_text() for page in PdfReader(attached).pages)
    for secret in (SSN, "Jennifer", "Ruiz"):
        assert secret not in text and secret.encode() not in data
    assert "Delgado" in text
    assert b"Jennifer_Ruiz" not in (out / "statement.eml").read_bytes()


@pytest.mark.slow
def test_dropped_attachment_and_attachment_redactions_are_logged(mailed):
    _, out = mailed
    records = [json.loads(line) for line in (out / "redaction-log.jsonl").read_text().splitlines()]
    dropped = [r for r in records if "dropped" in r]
    assert dropped == [
        {
            "input": dropped[0]["input"],
            "attachment": 2,
            "content_type": "image/png",
            "dropped": dropped[0]["dropped"],
        }
    ]
    assert any(
        r.get("input", "").endswith("statement.eml#attachment-1.pdf") and r["entity"] == "US_SSN"
        for r in records
    )
    assert not any("photo" in json.dumps(r) or "Ruiz" in json.dumps(r) for r in records)


@pytest.mark.slow
def test_unredactable_attachment_quarantines_the_mail(mailed):
    _, out = mailed
    assert not (out / "locked.eml").exists() and not (out / "locked.eml.txt").exists()
    summary = (out / "summary.csv").read_text()
    assert "attachment 1: PDF is encrypted" in summary
    assert not list(out.rglob("attachment-*"))  # no temp copy left behind


def test_html_body_reads_as_text():
    html = "<html><head><style>p{}</style></head><body><p>Victim:&nbsp;Ana</p><table><tr><td>A</td><td>B</td></tr></table></body></html>"
    text = html_to_text(html)
    assert "Victim: Ana" in text and "A | B" in text and "p{}" not in text
