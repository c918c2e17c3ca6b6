"""Word files: every story is read (revisions, comments, hidden text included), the
redacted copy keeps formatting but none of the removed values in any part, nor
comments, revision history or properties, and the verifier tells a clean output
from a leaking one. Constructs the writer cannot clean are quarantined."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from redactor.documents import Document
from redactor.errors import DocumentError, EmptyDocument, EncryptedDocument, UnreadableDocument
from redactor.plan import Redaction, RedactionPlan
from redactor.policy import LEGAL_SOURCE, get_profile
from redactor.readers.docx import UnsupportedWordContent, read_docx
from redactor.verify_docx import verify_docx
from redactor.writers.docx import write_docx
from tests.docx_fixtures import (
    SSN,
    SUSPECT,
    VICTIM,
    VICTIM_DOB,
    WITNESS,
    damaged_docx,
    encrypted_docx,
    more_places_docx,
    report_docx,
    revisions_docx,
    rewrite_zip,
    simple_docx,
    split_runs_docx,
    with_alt_chunk,
    with_embedded_object,
    with_macros,
)

SECRETS = (VICTIM, "Jennifer", "Ruiz", SSN, "123456789", VICTIM_DOB, WITNESS)
LABEL_VICTIM = "[DV VICTIM 1]"


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _stripped(data: bytes) -> str:
    return re.sub(rb"<[^>]+>", b"", data).decode("utf-8", "replace")


def _docx_text(path: Path) -> str:
    """Body paragraphs, table cells, headers and footers as python-docx reads them."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        texts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(texts)


def _manual_plan(document: Document, values: list[str], label: str = LABEL_VICTIM) -> RedactionPlan:
    """A plan redacting every occurrence of `values`, without the detector (fast tests)."""
    text = document.text
    spans = sorted((m.start(), m.end()) for value in values for m in re.finditer(re.escape(value), text))
    redactions = [
        Redaction(start, end, "DV_VICTIM", 1.0, "test", "test", label, LEGAL_SOURCE["DV_VICTIM"])
        for start, end in spans
    ]
    return RedactionPlan(text=text, profile=get_profile("public"), redactions=redactions)


# --- reading -------------------------------------------------------------------------------


def test_reader_reads_every_story(tmp_path):
    document = read_docx(report_docx(tmp_path / "report.docx"))
    assert document.kind == "docx"
    assert [page.number for page in document.pages] == [1, 2, 3, 4, 5]
    body, header, footer, footnotes, comments = (page.text for page in document.pages)
    assert "The complainant Jennifer Ruiz (named above) gave a written statement." in body  # w:del + w:ins
    assert f"Internal: {VICTIM} is staying" in body  # hidden text
    assert 'HYPERLINK "mailto:jennifer.ruiz@example.org"' in body  # field instruction
    assert "Role | Name | DOB\nV | Jennifer Ruiz | 04/12/1988\n" in body  # a table row is one line
    assert f"SSN: {SSN}" in header
    assert f"SSN: {SSN}" in footer
    assert f"Statement taken from {VICTIM}" in footnotes
    assert f"Call {VICTIM} before release" in comments


def test_reader_is_deterministic(tmp_path):
    path = report_docx(tmp_path / "report.docx")
    assert read_docx(path).pages == read_docx(path).pages


# --- the end-to-end report -----------------------------------------------------------------


@pytest.fixture(scope="module")
def redacted_report(tmp_path_factory, pipeline):
    folder = tmp_path_factory.mktemp("docx")
    source = report_docx(folder / "report.docx")
    document = read_docx(source)
    plan = pipeline.plan_document(document)
    target = folder / "out" / "report.docx"
    write_docx(source, document, plan, target)
    return source, plan, target


@pytest.mark.slow
def test_the_detector_flags_every_place(redacted_report):
    _, plan, _ = redacted_report
    redacted = {plan.text[r.start : r.end] for r in plan.redactions}
    assert {VICTIM, SSN, VICTIM_DOB, WITNESS} <= redacted
    assert SUSPECT not in redacted


@pytest.mark.slow
def test_removed_values_absent_from_every_part(redacted_report):
    source, _, target = redacted_report
    original = b"".join(_parts(source).values())
    assert VICTIM.encode() in original and SSN.encode() in original  # the fixture holds them
    text = _docx_text(target)
    for name, data in _parts(target).items():
        for secret in SECRETS:
            assert secret.encode() not in data, f"{secret!r} in {name}"
            assert secret.lower().encode() not in data.lower(), f"{secret!r} in {name}"
            assert secret not in _stripped(data), f"{secret!r} split across {name}"
        assert b"jennifer.ruiz" not in data
    for secret in SECRETS:
        assert secret not in text


@pytest.mark.slow
def test_kept_text_and_formatting_survive(redacted_report):
    _, _, target = redacted_report
    document = docx.Document(str(target))
    paragraphs = {p.text: p for p in document.paragraphs}
    narrative = next(p for text, p in paragraphs.items() if text.startswith("Officers responded"))
    assert narrative.text == (
        f"Officers responded to a domestic disturbance. The victim, {LABEL_VICTIM}, "
        "stated that Marcus Delgado struck her. Delgado was arrested at the scene."
    )
    assert narrative.runs[-1].text == "Delgado was arrested at the scene."
    assert narrative.runs[-1].bold is True
    assert document.paragraphs[0].runs[0].bold is True
    hidden = next(p for text, p in paragraphs.items() if text.startswith("Advocate notified"))
    assert hidden.runs[1].font.hidden is True
    assert hidden.runs[1].text == f"Internal: {LABEL_VICTIM} is staying with her sister."
    # tracked changes accepted: inserted text kept, deleted text gone
    assert (
        "The complainant (named above) gave a written statement. Follow-up interview scheduled." in paragraphs
    )
    table = document.tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Role", "Name", "DOB"],
        ["V", LABEL_VICTIM, LABEL_VICTIM],
        ["S", SUSPECT, "09/30/1985"],
        ["W", "[WITNESS 1]", "[WITNESS 1]"],
    ]
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Case 2024-018833. Complainant SSN: [SSN]"
    assert section.footer.paragraphs[0].text == "Prepared for court. Victim SSN: [SSN]"
    assert len(document.inline_shapes) == 1  # the picture stays, its alt text does not


@pytest.mark.slow
def test_comments_history_and_properties_removed(redacted_report):
    source, _, target = redacted_report
    before, after = _parts(source), _parts(target)
    assert "word/comments.xml" in before and "docProps/custom.xml" in before
    assert not [n for n in after if "comments" in n.lower() or n.startswith("customXml/")]
    assert "docProps/custom.xml" not in after
    assert not [n for n in after if "thumbnail" in n]
    types = after["[Content_Types].xml"]
    assert b"comments" not in types and b"custom-properties" not in types
    assert b"comments" not in after["word/_rels/document.xml.rels"]
    assert b"custom" not in after["_rels/.rels"]
    body = etree.fromstring(after["word/document.xml"])
    for tag in ("w:ins", "w:del", "w:delText", "w:commentReference", "w:commentRangeStart"):
        assert body.find(f".//{qn(tag)}") is None, tag
    assert b"rsid" not in after["word/document.xml"]
    assert b"trackRevisions" not in after["word/settings.xml"]
    assert b"descr=" not in after["word/document.xml"]
    core = docx.Document(str(target)).core_properties
    for field in ("title", "author", "subject", "keywords", "comments", "last_modified_by", "category"):
        assert getattr(core, field) == "", field
    assert b"nh-redactor" in after["docProps/app.xml"]


@pytest.mark.slow
def test_verify_passes_on_output_and_fails_on_the_original(redacted_report):
    source, plan, target = redacted_report
    report = verify_docx(target, plan)
    assert report.ok, report.failures
    leaked = verify_docx(source, plan)
    assert not leaked.ok
    reasons = "\n".join(leaked.failures)
    for check in (
        "still present",
        "tracked changes",
        "comments part",
        "custom properties",
        "core properties",
    ):
        assert check in reasons
    for secret in SECRETS:
        assert secret not in reasons


@pytest.mark.slow
def test_verify_fails_on_a_value_split_across_runs(redacted_report, tmp_path):
    _, plan, target = redacted_report
    tampered = shutil.copy(target, tmp_path / "tampered.docx")
    body = _parts(tampered)["word/document.xml"].replace(
        b"<w:body>", b"<w:body><w:p><w:r><w:t>Jennifer R</w:t></w:r><w:r><w:t>uiz</w:t></w:r></w:p>", 1
    )
    rewrite_zip(tampered, {"word/document.xml": body})
    reasons = verify_docx(tampered, plan).failures
    assert any(r.startswith("XML part text") for r in reasons)
    assert any(r.startswith("python-docx text") for r in reasons)


@pytest.mark.slow
def test_verify_fails_on_a_value_in_core_properties(redacted_report, tmp_path):
    _, plan, target = redacted_report
    tampered = shutil.copy(target, tmp_path / "tampered.docx")
    core = _parts(tampered)["docProps/core.xml"].replace(
        b"<cp:revision>", f"<dc:title>Report {VICTIM}</dc:title><cp:revision>".encode(), 1
    )
    rewrite_zip(tampered, {"docProps/core.xml": core})
    reasons = verify_docx(tampered, plan).failures
    assert "core properties beyond the neutral fields" in reasons
    assert any(r.startswith("part bytes") for r in reasons)
    assert not any(VICTIM in r for r in reasons)


# --- the writer without the detector -------------------------------------------------------


def test_label_goes_into_the_first_run_and_formatting_is_kept(tmp_path):
    source = split_runs_docx(
        tmp_path / "runs.docx",
        [
            ("The victim ", {}),
            ("Jen", {"bold": True}),
            ("nifer Ru", {"italic": True}),
            ("iz", {}),
            (" left.", {"bold": True}),
        ],
    )
    document = read_docx(source)
    assert document.pages[0].text == f"The victim {VICTIM} left.\n"
    plan = _manual_plan(document, [VICTIM])
    target = tmp_path / "out" / "runs.docx"
    write_docx(source, document, plan, target)
    runs = docx.Document(str(target)).paragraphs[0].runs
    assert [r.text for r in runs] == ["The victim ", LABEL_VICTIM, "", "", " left."]
    assert runs[1].bold is True and runs[4].bold is True
    assert verify_docx(target, plan).ok
    assert [p.name for p in target.parent.iterdir()] == ["runs.docx"]  # no partial file left


def test_hyperlink_target_holding_a_removed_value_is_dropped(tmp_path):
    source = tmp_path / "link.docx"
    document = docx.Document()
    paragraph = document.add_paragraph("Write to ")
    rid = document.part.relate_to("mailto:jennifer.ruiz@example.org", RT.HYPERLINK, is_external=True)
    link = etree.SubElement(paragraph._p, qn("w:hyperlink"))
    link.set(qn("r:id"), rid)
    run = etree.SubElement(link, qn("w:r"))
    etree.SubElement(run, qn("w:t")).text = VICTIM
    document.save(str(source))
    read = read_docx(source)
    plan = _manual_plan(read, [VICTIM])
    target = tmp_path / "out.docx"
    write_docx(source, read, plan, target)
    parts = _parts(target)
    assert b"jennifer" not in parts["word/_rels/document.xml.rels"].lower()
    assert LABEL_VICTIM in _docx_text(target) or LABEL_VICTIM.encode() in parts["word/document.xml"]
    assert verify_docx(target, plan).ok
    assert not verify_docx(source, plan).ok


def test_every_kind_of_revision_is_resolved(tmp_path):
    source = revisions_docx(tmp_path / "revisions.docx")
    document = read_docx(source)
    assert f"{VICTIM} moved out. She moved out." in document.text  # moved-from text is read
    plan = _manual_plan(document, [VICTIM])
    target = tmp_path / "out.docx"
    write_docx(source, document, plan, target)
    body = _parts(target)["word/document.xml"]
    for tag in (b"moveFrom", b"moveTo", b"rPrChange", b"w:ins", b"w:del"):
        assert tag not in body, tag
    written = docx.Document(str(target))
    assert written.paragraphs[0].text == "Statement: She moved out."
    assert written.paragraphs[1].text == f"Reported by {LABEL_VICTIM}."
    assert written.paragraphs[1].runs[0].bold is True
    assert [[c.text for c in row.cells] for row in written.tables[0].rows] == [["V", "Kept row"]]
    assert verify_docx(target, plan).ok
    assert not verify_docx(source, plan).ok


def test_text_boxes_field_instructions_and_list_items_are_redacted(tmp_path):
    source = more_places_docx(tmp_path / "places.docx")
    document = read_docx(source)
    assert document.text.count(VICTIM) == 6
    plan = _manual_plan(document, [VICTIM])
    target = tmp_path / "out.docx"
    write_docx(source, document, plan, target)
    body = _parts(target)["word/document.xml"]
    assert b"Ruiz" not in body and b"alt=" not in body
    assert body.count(LABEL_VICTIM.encode()) == 6  # 2 text-box copies, field code and result, list, body
    assert verify_docx(target, plan).ok


def test_writer_refuses_a_source_changed_since_it_was_read(tmp_path):
    source = simple_docx(tmp_path / "a.docx", [f"The victim, {VICTIM}, was interviewed."])
    document = read_docx(source)
    simple_docx(source, ["Something else entirely."])
    target = tmp_path / "out.docx"
    with pytest.raises(DocumentError, match="changed since it was read"):
        write_docx(source, document, _manual_plan(document, [VICTIM]), target)
    assert not target.exists()


# --- quarantine ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "error", "reason"),
    [
        (lambda d: with_embedded_object(d / "ole.docx"), UnsupportedWordContent, "embedded objects"),
        (lambda d: with_macros(d / "macro.docx"), UnsupportedWordContent, "macros"),
        (lambda d: with_alt_chunk(d / "chunk.docx"), UnsupportedWordContent, "altChunk"),
        (
            lambda d: damaged_docx(d / "broken.docx", report_docx(d / "src.docx")),
            UnreadableDocument,
            "damaged",
        ),
        (lambda d: encrypted_docx(d / "locked.docx"), EncryptedDocument, "password-protected"),
        (
            lambda d: (d / "plain.docx").write_text(f"The victim is {VICTIM}") and d / "plain.docx",
            UnreadableDocument,
            "damaged",
        ),
        (lambda d: simple_docx(d / "empty.docx", []), EmptyDocument, "no text"),
    ],
)
def test_unsafe_or_broken_files_are_quarantined(tmp_path, make, error, reason):
    path = make(tmp_path)
    with pytest.raises(error) as caught:
        read_docx(path)
    assert isinstance(caught.value, DocumentError)
    message = str(caught.value)
    assert reason in message and str(path) in message
    for secret in SECRETS:
        assert secret not in message


@pytest.mark.slow
def test_batch_writes_a_verified_word_copy(tmp_path, analyzer):
    from typer.testing import CliRunner

    from redactor.cli import app

    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    report_docx(inbox / "report.docx")
    result = CliRunner().invoke(app, ["redact", str(inbox), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert (out / "report.docx").exists() and (out / "report.docx.txt").exists()
    assert VICTIM not in _docx_text(out / "report.docx") and SUSPECT in _docx_text(out / "report.docx")
    checked = CliRunner().invoke(app, ["verify", str(inbox / "report.docx"), str(out / "report.docx")])
    assert checked.exit_code == 0, checked.output
