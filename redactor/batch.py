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
from dataclasses import dataclass, field
from pathlib import Path

from redactor.audit import DocumentOutcome, RunLog, log_records
from redactor.documents import PAGE_SEPARATOR, Document
from redactor.errors import DocumentError, UsageError
from redactor.pipeline import Pipeline
from redactor.plan import RedactionPlan
from redactor.readers import SUPPORTED_SUFFIXES, read_document
from redactor.verify import verify_copy, verify_text
from redactor.writers.docx import write_docx
from redactor.writers.email import write_eml
from redactor.writers.pdf import write_pdf
from redactor.writers.text import redact_text, render_document

# Formats written back in their own format too, beside the redacted text.
COPIED_KINDS = frozenset({"pdf", "docx", "eml"})


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


def _verify(
    document: Document, plan: RedactionPlan, written: list[Path], pipeline: Pipeline, boxes
) -> list[str]:
    """Independent checks of what was written; any failure keeps the document from release.
    Detection runs again once, on the copy in the input's format when there is one."""
    copy = written[1] if len(written) > 1 else None
    failures = verify_text(written[0], plan, None if copy else pipeline).failures
    if copy is not None:
        failures += verify_copy(copy, plan, len(document.pages), pipeline, boxes).failures
    return failures


def _quarantine(job: Job, reason: str, quarantine_dir: Path | None) -> None:
    if quarantine_dir is None:
        return
    target = quarantine_dir / job.relative
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(job.source, target)
    target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")


@dataclass
class Redacted:
    """A document redacted and verified: what was written and the log records to add."""

    document: Document
    plan: RedactionPlan
    written: list[Path]
    records: list[dict] = field(default_factory=list)


def redact_file(
    source: Path, relative: Path, pipeline: Pipeline, out_dir: Path, key: bytes, style: str = "label"
) -> Redacted:
    """Read, plan, write and verify one file; raise a DocumentError if it cannot be released.

    Nothing is left behind on failure: every output written so far is deleted.
    """
    document = read_document(source)
    plan = pipeline.plan_document(document)
    redacted = redact_text(plan, style)
    result = Redacted(document, plan, [out_dir / output_name(relative)], log_records(document, plan, key))
    try:
        _write_atomically(result.written[0], render_document(document, redacted))
        boxes = None
        if document.kind in COPIED_KINDS:
            result.written.append(out_dir / relative)
        if document.kind == "pdf":
            boxes = write_pdf(source, document, plan, result.written[1])
        elif document.kind == "docx":
            write_docx(source, document, plan, result.written[1])
        elif document.kind == "eml":

            def attachment(data: bytes, suffix: str, number: int) -> tuple[bytes, str]:
                return _redact_attachment(data, suffix, number, source, pipeline, key, style, result)

            dropped = write_eml(
                source, redacted.split(PAGE_SEPARATOR), result.written[1], attachment, SUPPORTED_SUFFIXES
            )
            result.records += [
                {
                    "input": str(source),
                    "attachment": d.number,
                    "content_type": d.content_type,
                    "dropped": d.reason,
                }
                for d in dropped
            ]
        failures = _verify(document, plan, result.written, pipeline, boxes)
    except BaseException:
        _remove(result.written, source)
        raise
    if failures:
        _remove(result.written, source)
        raise DocumentError(source, f"verification failed: {failures[0]}")
    return result


def _remove(paths: list[Path], source: Path) -> None:
    for path in paths:
        if path.resolve() != source.resolve():
            path.unlink(missing_ok=True)


def _redact_attachment(
    data: bytes,
    suffix: str,
    number: int,
    parent: Path,
    pipeline: Pipeline,
    key: bytes,
    style: str,
    result: Redacted,
) -> tuple[bytes, str]:
    """An e-mail attachment, redacted as a document of its own in a private temp folder
    that is removed afterwards; its failure is the e-mail's failure."""
    name = f"attachment-{number}{suffix}"
    with tempfile.TemporaryDirectory(prefix="redactor-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            inner = redact_file(path, Path(name), pipeline, Path(tmp) / "out", key, style)
        except DocumentError as exc:
            raise DocumentError(parent, f"attachment {number}: {exc.reason}") from None
        for record in inner.records:
            record["input"] = f"{parent}#{name}"
        result.records += inner.records
        output = inner.written[-1]
        return output.read_bytes(), output.suffix.lower()


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
        result = redact_file(job.source, job.relative, pipeline, out_dir, run_log.key, style)
        run_log.write_records(result.records)
        return DocumentOutcome(job.source, "redacted", result.plan.counts(), result.written[-1])
    except DocumentError as exc:
        reason = exc.reason
    except Exception as exc:  # fail closed: an unexpected error never releases a document
        reason = f"internal error while redacting ({type(exc).__name__})"
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
