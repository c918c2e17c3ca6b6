"""Release check: the written copy is examined independently of how it was written.

A redacted value may legitimately stay elsewhere in a record (a victim's
surname is also the suspect's, which is public), so the rule is not "the value
never occurs" but "it occurs no more often than the original shows it
unredacted". Text is compared normalised (case, whitespace, dashes), through
two extractors for PDFs, in the raw bytes and in every decompressed stream
(as Latin-1, UTF-16 and hex). PDF structure must be that of a fresh file: one
revision, no annotations, forms, attachments, JavaScript, outlines, or
metadata beyond neutral fields. Failures name the check, never the value.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PIL import ImageStat
from pypdf import PdfReader

from redactor.plan import RedactionPlan
from redactor.readers.email import SHOWN_HEADERS, body_parts, header_text

if TYPE_CHECKING:
    from redactor.pipeline import Pipeline
    from redactor.writers.pdf import PaintedBox
from redactor.policy import LABEL_WORDS

# Values shorter than this (in letters and digits) are too common to test for.
MIN_CHECKED_CHARS = 4
# Boxes are checked on a rendering at this scale; their middle must be darker than DARK.
BOX_CHECK_SCALE = 1.0
DARK = 80
NEUTRAL_METADATA = {"/Producer", "/Creator", "/CreationDate", "/ModDate"}


@dataclass
class VerificationReport:
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def fail(self, reason: str) -> None:
        if reason not in self.failures:
            self.failures.append(reason)


def normalise(text: str) -> str:
    return re.sub(r"[\s\-\u2010-\u2015_.,;:()'\"]+", "", text).lower()


def removed_values(plan: RedactionPlan) -> dict[str, int]:
    """Each removed value (normalised) and how often the original keeps it unredacted,
    counted the same normalised way the checks count it."""
    text = plan.text
    masked = list(text)
    for r in plan.redactions:
        masked[r.start : r.end] = "\x00" * (r.end - r.start)
    kept_text = normalise("".join(masked))
    values: dict[str, int] = {}
    for r in plan.redactions:
        key = normalise(text[r.start : r.end])
        if sum(ch.isalnum() for ch in key) < MIN_CHECKED_CHARS or key in values:
            continue
        values[key] = kept_text.count(key)
    return values


# The labels the text writer puts in place of removed values ("[PUBLIC ASSISTANCE]"),
# or the boxes of its `box` style.
_LABEL_WORDS = "|".join(re.escape(word) for word in LABEL_WORDS.values())
LABEL = re.compile(rf"\[(?:{_LABEL_WORDS})(?: \d+)?\]|█[█\n]*")


def redetect(text: str, pipeline: Pipeline, label: str, report: VerificationReport) -> None:
    """Detection run again on what is being released: a protected finding that is not
    already a redaction label means the plan missed something the output now shows."""
    labels = [(m.start(), m.end()) for m in LABEL.finditer(text)]
    for redaction in pipeline.analyze(text).plan.redactions:
        if not any(start <= redaction.start and redaction.end <= end for start, end in labels):
            report.fail(f"{label}: detection run again finds an unredacted {redaction.entity}")


def check_text(extracted: str, values: dict[str, int], label: str, report: VerificationReport) -> None:
    haystack = normalise(extracted)
    for index, (value, allowed) in enumerate(values.items(), start=1):
        if haystack.count(value) > allowed:
            report.fail(f"{label}: redacted value #{index} is still present")


def _encodings(value: str) -> list[bytes]:
    raw = value.encode("latin-1", "ignore")
    return [raw, value.encode("utf-16-be"), raw.hex().encode("ascii"), raw.hex().upper().encode("ascii")]


def check_bytes(data: bytes, values: dict[str, int], label: str, report: VerificationReport) -> None:
    """The value's letters in order, in any of its encodings, anywhere in `data`."""
    squeezed = re.sub(rb"[\s\-_.,;:()'\"]+", b"", data).lower()
    for index, (value, allowed) in enumerate(values.items(), start=1):
        if allowed:
            continue  # legitimately kept elsewhere: the text checks count occurrences
        if any(enc and enc.lower() in squeezed for enc in _encodings(value)):
            report.fail(f"{label}: redacted value #{index} found in the file's bytes")


STREAM = re.compile(
    rb"<<(?P<dict>(?:(?!>>\s*stream).){0,2000}?)>>\s*stream\r?\n(?P<body>.*?)\r?\nendstream", re.DOTALL
)


def _streams(data: bytes) -> tuple[list[bytes], bytes]:
    """Every non-image stream, decompressed where Flate-encoded, and the file with image
    bodies cut out. Compressed pixels are noise: testing them for a short value would
    find it by chance."""
    streams, kept, last = [], [], 0
    for match in STREAM.finditer(data):
        if b"/Image" in match.group("dict"):
            kept.append(data[last : match.start("body")])
            last = match.end("body")
            continue
        body = match.group("body")
        try:
            streams.append(zlib.decompress(body))
        except zlib.error:
            streams.append(body)
    kept.append(data[last:])
    return streams, b"".join(kept)


def check_pdf_structure(data: bytes, reader: PdfReader, page_count: int, report: VerificationReport) -> None:
    if data.count(b"%%EOF") != 1:
        report.fail("PDF has more than one revision")
    if len(reader.pages) != page_count:
        report.fail("PDF page count differs from the original")
    root = reader.trailer["/Root"]
    for key, what in (
        ("/AcroForm", "form fields"),
        ("/Outlines", "outlines"),
        ("/Names", "name tree (attachments/JavaScript)"),
    ):
        if key in root:
            report.fail(f"PDF keeps {what}")
    for number, page in enumerate(reader.pages, start=1):
        if "/Annots" in page:
            report.fail(f"page {number} has annotations")
        if "/Thumb" in page:
            report.fail(f"page {number} has a thumbnail")
    if b"/JavaScript" in data or b"/EmbeddedFile" in data:
        report.fail("PDF contains JavaScript or embedded files")
    extra = set(reader.metadata or {}) - NEUTRAL_METADATA
    if extra:
        report.fail("PDF metadata beyond the neutral fields")
    if "/Metadata" in root:
        report.fail("PDF keeps XMP metadata")


def _pdf_texts(reader: PdfReader, pdf: pdfium.PdfDocument) -> tuple[str, str]:
    by_pypdf = "\n".join(page.extract_text() or "" for page in reader.pages)
    by_pdfium = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return by_pypdf, by_pdfium


def extract_pdf_text(path: Path) -> tuple[str, str]:
    """The text of `path` by pypdf and by pypdfium2."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return _pdf_texts(PdfReader(path), pdf)
    finally:
        pdf.close()


def check_boxes(
    pdf: pdfium.PdfDocument, plan: RedactionPlan, boxes: list[PaintedBox], report: VerificationReport
) -> None:
    """Reconcile the plan with the page: every redaction has a box, and every box the
    writer reports is solid dark on the rendered output."""
    boxed = {box.redaction for box in boxes}
    for number in range(len(plan.redactions)):
        if number not in boxed:
            report.fail(f"redaction #{number + 1} has no box on the page")
    rendered: dict[int, object] = {}
    for box in boxes:
        if box.page not in rendered:
            rendered[box.page] = pdf[box.page].render(scale=BOX_CHECK_SCALE).to_pil().convert("L")
        left, top, right, bottom = (v * BOX_CHECK_SCALE for v in box.rect)
        inset_x, inset_y = (right - left) / 4, (bottom - top) / 4
        area = (int(left + inset_x), int(top + inset_y), int(right - inset_x) + 1, int(bottom - inset_y) + 1)
        if ImageStat.Stat(rendered[box.page].crop(area)).mean[0] > DARK:
            report.fail(f"the box of redaction #{box.redaction + 1} is not solid on page {box.page + 1}")


def verify_pdf(
    path: Path,
    plan: RedactionPlan,
    page_count: int,
    pipeline: Pipeline | None = None,
    boxes: list[PaintedBox] | None = None,
) -> VerificationReport:
    report = VerificationReport()
    values = removed_values(plan)
    data = path.read_bytes()  # read once: both parsers and the byte scans share it
    reader = PdfReader(io.BytesIO(data))
    pdf = pdfium.PdfDocument(data)
    try:
        check_pdf_structure(data, reader, page_count, report)
        by_pypdf, by_pdfium = _pdf_texts(reader, pdf)
        if boxes is not None:
            check_boxes(pdf, plan, boxes, report)
    finally:
        pdf.close()
    check_text(by_pypdf, values, "pypdf text", report)
    check_text(by_pdfium, values, "pdfium text", report)
    if pipeline is not None:
        redetect(by_pypdf, pipeline, "PDF text", report)
    streams, without_images = _streams(data)
    check_bytes(without_images, values, "raw bytes", report)
    for stream in streams:
        check_bytes(stream, values, "decompressed stream", report)
    return report


def verify_text(path: Path, plan: RedactionPlan, pipeline: Pipeline | None = None) -> VerificationReport:
    report = VerificationReport()
    written = path.read_text(encoding="utf-8")
    check_text(LABEL.sub("\x00", written), removed_values(plan), "text output", report)
    if pipeline is not None:
        redetect(written, pipeline, "text output", report)
    return report


def verify_eml(path: Path, plan: RedactionPlan, pipeline: Pipeline | None = None) -> VerificationReport:
    """The redacted message: its shown text, every decoded text part and the raw bytes hold
    no removed value, and only the shown headers and neutrally named attachments remain.
    Attachments were verified as documents of their own when they were redacted."""
    report = VerificationReport()
    values = removed_values(plan)
    data = path.read_bytes()
    message = BytesParser(policy=policy.default).parsebytes(data)
    allowed = {h.lower() for h in SHOWN_HEADERS} | {
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
    if any(name.lower() not in allowed for name in message):
        report.fail("e-mail keeps headers beyond the shown ones")
    shown = [header_text(message)] + [part.get_content() for part in body_parts(message)]
    text = "\n".join(shown)
    check_text(LABEL.sub("\x00", text), values, "e-mail text", report)
    check_bytes(data, values, "e-mail bytes", report)
    for part in message.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name and not re.fullmatch(r"attachment-\d+\.\w+", name):
            report.fail("e-mail attachment keeps its original name")
        if part.get_content_maintype() == "text":
            check_bytes(part.get_payload(decode=True) or b"", values, "e-mail part", report)
    if pipeline is not None:
        redetect(text, pipeline, "e-mail text", report)
    return report


def verify_copy(
    path: Path,
    plan: RedactionPlan,
    page_count: int,
    pipeline: Pipeline | None = None,
    boxes: list[PaintedBox] | None = None,
) -> VerificationReport:
    """The release check for a written copy, chosen by its format (the batch and
    `redactor verify` both come here)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return verify_pdf(path, plan, page_count, pipeline, boxes)
    if suffix == ".docx":
        from redactor.verify_docx import verify_docx  # it builds on this module

        return verify_docx(path, plan, pipeline)
    if suffix == ".eml":
        return verify_eml(path, plan, pipeline)
    return verify_text(path, plan, pipeline)
