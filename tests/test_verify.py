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
