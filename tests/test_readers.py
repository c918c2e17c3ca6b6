"""Readers: formats in, Document out; bad input raises an error naming file and reason."""

from __future__ import annotations

import pytest

from redactor.errors import (
    EmptyDocument,
    EncryptedDocument,
    UnreadableDocument,
    UnsupportedFormat,
)
from redactor.readers import read_document
from tests.pdf_fixtures import broken_pdf, encrypted_pdf, text_pdf


def test_text_keeps_content_and_hash(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("line one\r\nline two\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.pages[0].text == "line one\nline two\n"
    assert len(doc.sha256) == 64


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes("Se le venció la visa".encode("cp1252"))
    assert "venció" in read_document(path).text


def test_pdf_pages_are_kept(tmp_path):
    doc = read_document(text_pdf(tmp_path / "c.pdf", ["first page", "second page"]))
    assert [p.number for p in doc.pages] == [1, 2]
    assert "second page" in doc.pages[1].text


@pytest.mark.parametrize(
    ("make", "error", "reason"),
    [
        (lambda d: (d / "e.txt").write_bytes(b"") or d / "e.txt", EmptyDocument, "zero-byte"),
        (
            lambda d: (d / "f.xlsx").write_bytes(b"PK\x03\x04") and d / "f.xlsx",
            UnsupportedFormat,
            "unsupported",
        ),
        (
            lambda d: encrypted_pdf(d / "h.pdf", text_pdf(d / "src.pdf", ["x"])),
            EncryptedDocument,
            "encrypted",
        ),
        (
            lambda d: broken_pdf(d / "i.pdf", text_pdf(d / "src2.pdf", ["x" * 2000])),
            UnreadableDocument,
            "damaged",
        ),
    ],
)
def test_bad_input_names_file_and_reason(tmp_path, make, error, reason):
    path = make(tmp_path)
    with pytest.raises(error) as caught:
        read_document(path)
    assert path.name in str(caught.value)
    assert reason in str(caught.value)
