"""Redacted e-mail: a new message holding only what was reviewed.

The output is built afresh, never edited: the shown headers (redacted), each
body part's redacted text, and each attachment of a supported type redacted
as a document of its own and re-attached under a neutral name (a file name
can carry a victim's name). Every other header is dropped; HTML parts are
written as the redacted text in a <pre> block, so no markup, link or image
reference of the original survives. Unsupported attachments are dropped and
reported, so the batch can log them.
"""

from __future__ import annotations

import html
import mimetypes
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

from redactor.readers.email import SHOWN_HEADERS, attachments, body_parts, parse_message

# Redacts attachment `number` given its bytes and suffix: (redacted bytes, suffix of the output).
AttachmentRedactor = Callable[[bytes, str, int], tuple[bytes, str]]


@dataclass(frozen=True)
class DroppedAttachment:
    """An attachment left out of the output, described without its name or content."""

    number: int
    content_type: str
    reason: str


def attachment_suffix(part) -> str:
    name = part.get_filename() or ""
    suffix = Path(name).suffix.lower()
    if suffix:
        return suffix
    if part.get_content_type() == "message/rfc822":
        return ".eml"
    return mimetypes.guess_extension(part.get_content_type()) or ""


def _payload(part) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        return inner.as_bytes(policy=policy.default)
    return part.get_payload(decode=True) or b""


def _header_lines(text: str) -> list[tuple[str, str]]:
    pairs = []
    for line in text.split("\n"):
        name, _, value = line.partition(": ")
        if name in SHOWN_HEADERS:
            pairs.append((name, value))
    return pairs


def write_eml(
    source: Path,
    redacted_pages: list[str],
    target: Path,
    redact_attachment: AttachmentRedactor,
    supported: frozenset[str],
) -> list[DroppedAttachment]:
    """Write the redacted message to `target` (atomically); return what was dropped."""
    message = parse_message(source)
    out = MIMEMultipart("mixed")
    for name, value in _header_lines(redacted_pages[0]):
        out[name] = value
    parts = list(body_parts(message))
    for part, text in zip(parts, redacted_pages[1:], strict=True):
        if part.get_content_type() == "text/html":
            body = f"<html><body><pre>{html.escape(text)}</pre></body></html>\n"
            out.attach(MIMEText(body, "html", "utf-8"))
        else:
            out.attach(MIMEText(text, "plain", "utf-8"))
    dropped: list[DroppedAttachment] = []
    for number, part in enumerate(attachments(message), start=1):
        suffix = attachment_suffix(part)
        if suffix not in supported:
            dropped.append(DroppedAttachment(number, part.get_content_type(), "unsupported attachment type"))
            continue
        data, out_suffix = redact_attachment(_payload(part), suffix, number)
        attached = MIMEApplication(data, Name=f"attachment-{number}{out_suffix}")
        attached.add_header("Content-Disposition", "attachment", filename=f"attachment-{number}{out_suffix}")
        out.attach(attached)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".partial-", suffix=".eml")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(out.as_bytes(policy=policy.SMTP.clone(linesep="\n")))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dropped
