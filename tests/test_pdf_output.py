"""Redacted PDFs: the removed text is gone from the file, kept text is still there,
boxes sit where the spans were, and nothing of the input's hidden places survives."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from redactor.cli import app
from redactor.verify import extract_pdf_text
from tests.pdf_fixtures import incremental_update, pdf_with_hidden_places, text_pdf

runner = CliRunner()
SSN = "412-55-8812"
BODY = (
    "NEW HAVEN POLICE DEPARTMENT\n"
    "Offense: 53a-61 Assault 3rd (Family Violence)\n"
    "The victim, Jennifer Ruiz, stated Marcus Delgado slapped her.\n"
    f"Her SSN is {SSN}. Delgado was arrested at the scene.\n"
)


@pytest.fixture(scope="module")
def redacted_pdfs(tmp_path_factory, analyzer):
    inbox = tmp_path_factory.mktemp("pdf-in")
    text_pdf(inbox / "plain.pdf", [BODY, "Page two. Ruiz declined treatment."])
    pdf_with_hidden_places(inbox / "hidden.pdf", BODY, SSN)
    base = text_pdf(inbox / "base.tmp", [BODY.replace("Jennifer Ruiz", "Jennifer Ruiz")])
    incremental_update(inbox / "revised.pdf", base, "Jennifer Ruiz", "the complainant")
    base.unlink()
    out = tmp_path_factory.mktemp("pdf-out")
    result = runner.invoke(app, ["redact", str(inbox), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return inbox, out


def _all_text(path: Path) -> str:
    by_pypdf, by_pdfium = extract_pdf_text(path)
    return by_pypdf + "\n" + by_pdfium


@pytest.mark.slow
@pytest.mark.parametrize("name", ["plain.pdf", "hidden.pdf", "revised.pdf"])
def test_removed_values_absent_from_text_and_bytes(redacted_pdfs, name):
    _, out = redacted_pdfs
    output = out / name
    text = _all_text(output)
    data = output.read_bytes()
    for secret in (SSN, "Jennifer", "Ruiz"):
        assert secret not in text
        assert secret.encode() not in data
    assert "Delgado" in text  # the suspect's name is kept and still searchable


@pytest.mark.slow
def test_same_page_count_and_sizes(redacted_pdfs):
    inbox, out = redacted_pdfs
    original, redacted = PdfReader(inbox / "plain.pdf"), PdfReader(out / "plain.pdf")
    assert len(redacted.pages) == len(original.pages) == 2
    for a, b in zip(original.pages, redacted.pages, strict=True):
        assert abs(float(a.mediabox.width) - float(b.mediabox.width)) < 1
        assert abs(float(a.mediabox.height) - float(b.mediabox.height)) < 1


@pytest.mark.slow
def test_hidden_places_are_not_copied(redacted_pdfs):
    inbox, out = redacted_pdfs
    assert (inbox / "revised.pdf").read_bytes().count(b"%%EOF") == 2  # the fixture has two revisions
    assert "/Annots" in PdfReader(inbox / "hidden.pdf").pages[0]
    reader = PdfReader(out / "hidden.pdf")
    assert set(reader.metadata or {}) <= {"/Producer", "/Creator", "/CreationDate", "/ModDate"}
    assert all("/Annots" not in page for page in reader.pages)
    assert (out / "hidden.pdf").read_bytes().count(b"%%EOF") == 1
    assert (out / "revised.pdf").read_bytes().count(b"%%EOF") == 1


@pytest.mark.slow
def test_dark_box_where_the_ssn_was(redacted_pdfs):
    inbox, out = redacted_pdfs
    original = pdfium.PdfDocument(str(inbox / "plain.pdf"))
    textpage = original[0].get_textpage()
    text = textpage.get_text_range()
    index = text.index(SSN)
    left, bottom, right, top = textpage.get_charbox(index + 4)
    original.close()
    redacted = pdfium.PdfDocument(str(out / "plain.pdf"))
    page = redacted[0]
    scale = 2
    image = page.render(scale=scale).to_pil().convert("L")
    height = page.get_size()[1]
    x, y = int((left + right) / 2 * scale), int((height - (bottom + top) / 2) * scale)
    assert image.getpixel((x, y)) < 60  # black box
    redacted.close()


@pytest.mark.slow
def test_verify_command(redacted_pdfs):
    inbox, out = redacted_pdfs
    passed = runner.invoke(app, ["verify", str(inbox / "plain.pdf"), str(out / "plain.pdf")])
    assert passed.exit_code == 0, passed.output
    failed = runner.invoke(app, ["verify", str(inbox / "plain.pdf"), str(inbox / "plain.pdf")])
    assert failed.exit_code == 3
    assert "still present" in failed.output
    assert SSN not in failed.output and "Ruiz" not in failed.output
