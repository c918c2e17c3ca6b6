"""E-mail (.eml): the address and subject headers, then each text body part.

Page 1 holds the headers a reader of the message sees (From, To, Cc,
Reply-To, Subject, Date); each plain or HTML body part is a page of its own,
HTML reduced to its text. Attachments are not pages: the e-mail writer
redacts each one as a document of its own (redactor.writers.email).
"""

from __future__ import annotations

from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path

from redactor.documents import Document, Page
from redactor.errors import UnreadableDocument

# Headers kept (redacted) in the output; every other header is dropped, since
# Received, Message-ID, X-* and the like carry addresses and hosts nobody reviews.
SHOWN_HEADERS = ("From", "To", "Cc", "Reply-To", "Subject", "Date")
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre"}


class _HtmlText(HTMLParser):
    """The text of an HTML body: block elements become line breaks, cells are separated."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self.parts.append(" | ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def parse_message(path: Path) -> EmailMessage:
    try:
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    except Exception as exc:
        raise UnreadableDocument(path, f"damaged e-mail ({type(exc).__name__})") from None
    if not any(message[name] for name in ("From", "To", "Subject", "Date")):
        raise UnreadableDocument(path, "not an e-mail message (no From, To, Subject or Date header)")
    return message


def is_attachment(part: EmailMessage) -> bool:
    return (
        part.get_content_disposition() == "attachment"
        or bool(part.get_filename())
        or part.get_content_type() == "message/rfc822"
        or part.get_content_maintype() not in ("text", "multipart")
    )


def _leaves(part: EmailMessage) -> Iterator[EmailMessage]:
    """Parts in order, not descending into attached messages (they are attachments)."""
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        yield part
        return
    for sub in part.iter_parts():
        yield from _leaves(sub)


def body_parts(message: EmailMessage) -> Iterator[EmailMessage]:
    """The text/plain and text/html parts a mail client shows, in order."""
    for part in _leaves(message):
        if not is_attachment(part) and part.get_content_type() in ("text/plain", "text/html"):
            yield part


def attachments(message: EmailMessage) -> Iterator[EmailMessage]:
    for part in _leaves(message):
        if part is not message and is_attachment(part):
            yield part


def header_text(message: EmailMessage) -> str:
    return "\n".join(f"{name}: {message[name]}" for name in SHOWN_HEADERS if message[name] is not None)


def part_text(part: EmailMessage, path: Path) -> str:
    try:
        content = part.get_content()
    except Exception as exc:
        raise UnreadableDocument(path, f"e-mail body part cannot be decoded ({type(exc).__name__})") from None
    if part.get_content_type() == "text/html":
        return html_to_text(content)
    return content.replace("\r\n", "\n")


def read_eml(path: Path) -> Document:
    message = parse_message(path)
    texts = [header_text(message)] + [part_text(part, path) for part in body_parts(message)]
    return Document(path=path, kind="eml", pages=[Page(n, t) for n, t in enumerate(texts, start=1)])
