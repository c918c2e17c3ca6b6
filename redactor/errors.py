"""Errors the pipeline raises, each with an exit code and a remedy.

Messages name the file and the reason, never a value taken from the document:
an error message travels to terminals and logs that are not cleared for
confidential text.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_QUARANTINED = 3
EXIT_SETUP = 4


class RedactorError(Exception):
    """Base class: a message for the user and the exit code the CLI returns."""

    exit_code = EXIT_SETUP
    remedy = ""

    def __init__(self, message: str, remedy: str | None = None) -> None:
        super().__init__(message)
        if remedy is not None:
            self.remedy = remedy

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} ({self.remedy})" if self.remedy else text


class DocumentError(RedactorError):
    """A document that cannot be redacted with confidence: it goes to quarantine."""

    exit_code = EXIT_QUARANTINED

    def __init__(self, path: Path | str, reason: str, remedy: str | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}", remedy)


class UnsupportedFormat(DocumentError):
    remedy = "convert it to .txt, .md, .pdf, .docx or .eml"


class UnreadableDocument(DocumentError):
    remedy = "check that the file is complete and not damaged"


class EncryptedDocument(DocumentError):
    remedy = "ask the sender for an unencrypted copy"


class UnexaminedPicture(DocumentError):
    remedy = "a picture on a text page may show confidential text; review this document by hand"


class OcrUnavailable(DocumentError):
    remedy = "install Tesseract (make install does) or review this document by hand"


class OcrNeedsReview(DocumentError):
    remedy = "OCR could not read part of a scanned page with confidence; review it by hand"


class UnsupportedLanguage(DocumentError):
    remedy = "detection covers English and Spanish; have a reader of that language review this document"


class EmptyDocument(DocumentError):
    remedy = "the file has no content; check the export that produced it"


class ConfigurationError(RedactorError):
    """The tool itself cannot run (missing model, bad profile, bad gold file)."""

    exit_code = EXIT_SETUP


class UsageError(RedactorError):
    exit_code = EXIT_USAGE
