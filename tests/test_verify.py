"""The release check run again on the output: detection must find nothing left but labels."""

from __future__ import annotations

import pytest

from redactor.plan import RedactionPlan
from redactor.policy import get_profile
from redactor.verify import verify_text
from redactor.writers.text import redact_text

TEXT = "Payroll change for Dana Whitfield. SSN: 412-55-8812. Direct deposit to account 004417762."


@pytest.mark.slow
def test_a_value_the_plan_missed_fails_the_check(tmp_path, pipeline):
    missed = RedactionPlan(text=TEXT, profile=get_profile("public"))  # a plan that found nothing
    written = tmp_path / "out.txt"
    written.write_text(TEXT, encoding="utf-8")
    report = verify_text(written, missed, pipeline)
    assert any("unredacted US_SSN" in failure for failure in report.failures)
    assert all("412" not in failure for failure in report.failures)


@pytest.mark.slow
@pytest.mark.parametrize("style", ["label", "box"])
def test_labels_and_boxes_pass_the_check(tmp_path, pipeline, style):
    plan = pipeline.analyze(TEXT).plan
    written = tmp_path / "out.txt"
    written.write_text(redact_text(plan, style), encoding="utf-8")
    report = verify_text(written, plan, pipeline)
    assert report.ok, report.failures


@pytest.mark.slow
def test_boxes_are_reconciled_with_the_plan(tmp_path, pipeline):
    from dataclasses import replace

    import pypdfium2 as pdfium

    from redactor.readers import read_document
    from redactor.verify import VerificationReport, check_boxes
    from redactor.writers.pdf import write_pdf
    from tests.pdf_fixtures import text_pdf

    source = text_pdf(tmp_path / "in.pdf", [TEXT])
    document = read_document(source)
    plan = pipeline.plan_document(document)
    boxes = write_pdf(source, document, plan, tmp_path / "out.pdf")
    assert len(plan.redactions) >= 2 and {b.redaction for b in boxes} == set(range(len(plan.redactions)))

    def failures(reported):
        report = VerificationReport()
        pdf = pdfium.PdfDocument(str(tmp_path / "out.pdf"))
        try:
            check_boxes(pdf, plan, reported, report)
        finally:
            pdf.close()
        return report.failures

    assert failures(boxes) == []
    others = [b for b in boxes if b.redaction != 0]
    assert any("redaction #1 has no box" in f for f in failures(others))
    blank_corner = replace(boxes[0], rect=(500.0, 700.0, 560.0, 712.0))
    assert any("not solid" in f for f in failures([blank_corner, *others]))
