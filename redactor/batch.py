"""Batch runs: walk the inputs, redact each document, quarantine what fails.

A document that cannot be read or redacted with confidence never reaches the
output folder: it is listed in the summary with its reason (and, if asked,
copied to the quarantine folder), and the run goes on with the others.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from redactor.audit import DocumentOutcome, RunLog, log_records
from redactor.errors import DocumentError, UsageError
from redactor.pipeline import Pipeline
from redactor.readers import read_document
from redactor.verify import verify_pdf, verify_text
from redactor.writers.pdf import write_pdf
from redactor.writers.text import redact_text, render_document


@dataclass(frozen=True)
class Job:
    """One input file and where its redacted copy goes, relative to the output folder."""

    source: Path
    relative: Path


def output_name(relative: Path) -> Path:
    """A text input keeps its name; other formats get '.txt' appended (report.pdf.txt)."""
    if relative.suffix.lower() in (".txt", ".md"):
        return relative
    return relative.with_name(relative.name + ".txt")


def collect_jobs(inputs: Iterable[Path], out_dir: Path) -> list[Job]:
    """Files to process; folders are walked recursively and mirrored under the output."""
    jobs: list[Job] = []
    out_resolved = out_dir.resolve()
    for item in inputs:
        if not item.exists():
            raise UsageError(f"{item}: no such file or folder")
        if item.is_dir():
            for root, dirs, files in os.walk(item):
                root_path = Path(root)
                # Never re-read our own output when it sits inside the input folder.
                dirs[:] = sorted(
                    d for d in dirs if (root_path / d).resolve() != out_resolved and not d.startswith(".")
                )
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    path = root_path / name
                    jobs.append(Job(path, path.relative_to(item)))
        else:
            jobs.append(Job(item, Path(item.name)))
    return jobs


def _write_atomically(target: Path, content: str) -> None:
    """Write through a temp file in the same folder, so a crash leaves no partial copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".partial-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _verify(document, plan, written: list[Path], pipeline: Pipeline, boxes=None) -> list[str]:
    """Independent checks of what was written; any failure keeps the document from release."""
    failures = list(verify_text(written[0], plan, pipeline).failures)
    if document.kind == "pdf":
        failures += verify_pdf(written[1], plan, len(document.pages), pipeline, boxes).failures
    return failures


def _quarantine(job: Job, reason: str, quarantine_dir: Path | None) -> None:
    if quarantine_dir is None:
        return
    target = quarantine_dir / job.relative
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(job.source, target)
    target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")


def process(
    job: Job,
    pipeline: Pipeline,
    out_dir: Path,
    run_log: RunLog,
    style: str = "label",
    quarantine_dir: Path | None = None,
) -> DocumentOutcome:
    """Redact one file; every failure becomes a quarantine outcome, never a traceback."""
    try:
        document = read_document(job.source)
        plan = pipeline.plan_document(document)
        content = render_document(document, redact_text(plan, style))
        written = [out_dir / output_name(job.relative)]
        _write_atomically(written[0], content)
        boxes = None
        if document.kind == "pdf":
            written.append(out_dir / job.relative)
            boxes = write_pdf(job.source, document, plan, written[1])
        failures = _verify(document, plan, written, pipeline, boxes)
        if failures:
            for path in written:
                path.unlink(missing_ok=True)
            raise DocumentError(job.source, f"verification failed: {failures[0]}")
        run_log.write_records(log_records(document, plan, run_log.key))
        return DocumentOutcome(job.source, "redacted", plan.counts(), written[-1])
    except DocumentError as exc:
        reason = exc.reason
    except Exception as exc:  # fail closed: an unexpected error never releases a document
        reason = f"internal error while redacting ({type(exc).__name__})"
        for path in (out_dir / output_name(job.relative), out_dir / job.relative):
            if path.resolve() != job.source.resolve():
                path.unlink(missing_ok=True)
    _quarantine(job, reason, quarantine_dir)
    return DocumentOutcome(job.source, f"quarantined: {reason}")


def run_batch(
    jobs: list[Job],
    pipeline: Pipeline,
    out_dir: Path,
    log_dir: Path,
    style: str = "label",
    quarantine_dir: Path | None = None,
    on_done: Callable[[DocumentOutcome], None] | None = None,
) -> list[DocumentOutcome]:
    run_log = RunLog(log_dir)
    outcomes = []
    try:
        for job in jobs:
            outcome = process(job, pipeline, out_dir, run_log, style, quarantine_dir)
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
    finally:
        run_log.write_summary(outcomes)
        run_log.close()
    return outcomes
