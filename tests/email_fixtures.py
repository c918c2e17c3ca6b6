"""E-mail fixtures built with the standard library (see tests/resources/README.md)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

STATEMENT = (
    "Detective Kane,\n\nI, Omar Haddad, witnessed the shooting on Howard Ave on 3/4.\n"
    "I saw the shooter run toward Cedar St.\n\nOmar Haddad\n203-555-0188\n"
)


def statement_email(path: Path, attachments: list[tuple[str, bytes, str]]) -> Path:
    """A witness's statement as plain text and HTML, with (file name, bytes, MIME type) attachments."""
    message = EmailMessage()
    message["From"] = "Omar Haddad <ohaddad@example.com>"
    message["To"] = "Det. Ruth Kane <rkane@newhavenct.gov>"
    message["Subject"] = "Statement about the shooting"
    message["Message-ID"] = "<4411.ohaddad@example.com>"
    message["X-Originating-IP"] = "198.51.100.7"
    message.set_content(STATEMENT)
    paragraphs = "".join(f"<p>{line}</p>" for line in STATEMENT.split("\n") if line)
    message.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(message))
    return path
