"""Scanned pages: OCR'd page by page, digit look-alikes read as digits, unsure words
never skipped, and no OCR means quarantine, not release."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor import ocr
from redactor.documents import Document, Page
from redactor.errors import OcrNeedsReview, OcrUnavailable
from redactor.ocr import OcrWord, digits_for_lookalikes, review_unsure_words
from redactor.plan import make_plan
from redactor.policy import get_profile
from redactor.readers import read_document
from tests.pdf_fixtures import image_only_pdf, scanned_pdf, text_pdf


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("O12-34-5678", "012-34-5678"),
        ("4I2-S5-88l2", "412-55-8812"),
        ("2O3-555-0l47", "203-555-0147"),
        ("Gloss", "Gloss"),  # a word, not a number: left alone
        ("SSN:", "SSN:"),
    ],
)
def test_digit_lookalikes_in_numbers(token, expected):
    assert digits_for_lookalikes(token) == expected


def _ocr_document(words: list[tuple[str, float]], line_of: list[int]) -> Document:
    """A one-page OCR'd document from (word, confidence), words placed on the given lines."""
    text, boxes = "", []
    for index, (word, confidence) in enumerate(words):
        if index:
            text += " " if line_of[index] == line_of[index - 1] else "\n"
        start = len(text)
        text += word
        top = 700 - 20 * line_of[index]
        boxes.append(OcrWord(start, len(text), 10.0 * index, top - 10, 10.0 * index + 8, top, confidence))
    return Document(path=Path("scan.pdf"), kind="pdf", pages=[Page(1, text, tuple(boxes))])


def _plan_with(document: Document, word: str, entity: str = "DV_VICTIM"):
    from redactor.detect import Finding

    start = document.text.index(word)
    finding = Finding(entity, start, start + len(word), 0.9, "test", "test-rule", person="p#1")
    return make_plan(document.text, [finding], get_profile("public"))


def test_unsure_word_beside_a_redaction_is_redacted_with_it():
    document = _ocr_document([("V:", 95), ("Maria", 93), ("Lopcz", 31), ("stated", 90)], [0, 0, 0, 0])
    plan = _plan_with(document, "Maria")
    review_unsure_words(document, plan)
    redacted = [document.text[r.start : r.end] for r in plan.redactions]
    assert redacted == ["Maria", "Lopcz"]
    assert {r.label for r in plan.redactions} == {"[DV VICTIM 1]"}


def test_unsure_word_on_another_line_is_not_taken():
    document = _ocr_document([("Maria", 93), ("Lopcz", 31)], [0, 1])
    plan = _plan_with(document, "Maria")
    review_unsure_words(document, plan)
    assert [document.text[r.start : r.end] for r in plan.redactions] == ["Maria"]


def test_unsure_number_stops_the_document_for_review():
    document = _ocr_document([("Acct", 95), ("88#1-2?7", 22), ("Maria", 93)], [0, 0, 1])
    plan = _plan_with(document, "Maria")
    with pytest.raises(OcrNeedsReview) as caught:
        review_unsure_words(document, plan)
    assert "page 1" in str(caught.value) and "88" not in str(caught.value)


def test_sure_words_change_nothing():
    document = _ocr_document([("Acct", 95), ("8871-2207", 96), ("Maria", 93)], [0, 0, 1])
    plan = _plan_with(document, "Maria")
    review_unsure_words(document, plan)
    assert len(plan.redactions) == 1


def test_no_ocr_means_quarantine(tmp_path, monkeypatch):
    path = scanned_pdf(tmp_path / "scan.pdf", ["Witness statement of Ana Ruiz."])
    monkeypatch.setattr(ocr, "ocr_languages", lambda: "")
    with pytest.raises(OcrUnavailable) as caught:
        read_document(path)
    assert "scan.pdf" in str(caught.value) and "OCR" in str(caught.value)


def test_picture_without_words_needs_review(tmp_path):
    with pytest.raises(OcrNeedsReview) as caught:
        read_document(image_only_pdf(tmp_path / "shape.pdf"))
    assert "shape.pdf" in str(caught.value)


def test_blank_page_is_read_as_blank(tmp_path):
    document = read_document(text_pdf(tmp_path / "blank.pdf", ["Case 25-001 narrative.", ""]))
    assert [page.text for page in document.pages][1] == ""


@pytest.mark.slow
def test_scanned_ssn_with_lookalike_letters_is_redacted(tmp_path, pipeline):
    body = (
        "HUMAN RESOURCES - PAYROLL CHANGE\nEmployee: Dana Whitfield\nSSN: 4I2-S5-88l2\nEffective 07/01/2025"
    )
    document = read_document(scanned_pdf(tmp_path / "payroll.pdf", [body]))
    assert document.pages[0].ocr  # read by OCR, words boxed
    plan = pipeline.plan_document(document)
    ssn = [document.text[r.start : r.end] for r in plan.redactions if r.entity == "US_SSN"]
    assert ssn == ["412-55-8812"]


@pytest.mark.slow
def test_mixed_document_is_read_page_by_page(tmp_path):
    pages = ["Typed cover page, case 25-4410.", "Scanned page: the witness, Omar Haddad, saw the car."]
    document = read_document(scanned_pdf(tmp_path / "mixed.pdf", pages, keep_text=frozenset({0})))
    assert not document.pages[0].ocr and document.pages[1].ocr
    assert "Omar Haddad" in document.pages[1].text


def test_large_picture_on_a_text_page_goes_to_review(tmp_path):
    from redactor.errors import UnexaminedPicture
    from tests.pdf_fixtures import text_page_with_picture

    path = text_page_with_picture(
        tmp_path / "pasted.pdf", "Supplement, case 25-4410.", "I, Omar Haddad, saw it."
    )
    with pytest.raises(UnexaminedPicture) as caught:
        read_document(path)
    assert (
        "pasted.pdf" in str(caught.value)
        and "page 1" in str(caught.value)
        and "Haddad" not in str(caught.value)
    )


NOISY_REPORT = (
    "CASE REP0RT - FAMILY VI0LENCE                     Case# 25-0l1872\n"
    "Cd  Name                    D0B           Addr                   Ph0ne\n"
    "Vl  OKAFOR, CHl0MA          O7/l2/l994    3l Lilac St            2O3-555-Ol48\n"
    "Sl  OKAFOR, EMEKA           O2/O2/l99O    3l Lilac St            --\n"
    "0n the ab0ve date l sp0ke with the vict1m, Chi0ma 0kafor (Vl), wh0 stated\n"
    "her br0ther Emeka sh0ved her. Chi0ma can be reached at w0rk at ext. 55l2.\n"
)


def test_a_text_with_ocr_letter_digit_confusions_is_read_repaired():
    from redactor.lookalikes import detection_view

    repaired = detection_view(NOISY_REPORT)
    assert len(repaired) == len(NOISY_REPORT)
    assert "V1  OKAFOR, CHIOMA          07/12/1994    31 Lilac St            203-555-0148" in repaired
    assert "On the above date I spoke with the victim, Chioma Okafor (V1)" in repaired.replace(
        "on the", "On the"
    )


def test_clean_text_is_not_repaired():
    from redactor.lookalikes import detection_view

    clean = (
        "V1 filed Form I-918 on 03/02/2024 (53a-61, SID CT0418832, e-mail kim.w88@example.com).\n"
        "Ol' Blue Bar, Apt 1O is listed as 1O in the lease; W2 lives at 10 Elm St.\n"
    )
    assert detection_view(clean) == clean


def test_the_victim_of_a_noisy_scanned_report_is_found(redacted):
    victim = redacted(NOISY_REPORT, "DV_VICTIM")
    assert "OKAFOR, CHl0MA" in victim and "O7/l2/l994" in victim and "2O3-555-Ol48" in victim
    assert "3l Lilac St" in victim and "Chi0ma 0kafor" in victim and any("55l2" in span for span in victim)


def test_a_scan_whose_confusions_are_in_capitals_is_repaired_too():
    from redactor.lookalikes import detection_view

    scan = (
        "NEW HAVEN DEPARTNENT OF P0LICE SERVlCE     lNCIDENT REP0RT - C0NTINUATION\n"
        "VlCTIM  : BR00KS, SHElLA  M           D0B : O6/l7/l976\n"
        "SUSPECT : G0RDON, CURTIS  A           D0B : 0l/30/1974\n"
    )
    repaired = detection_view(scan)
    assert "VICTIM  : BROOKS, SHEILA  M           DOB : 06/17/1976" in repaired
    assert "SUSPECT : GORDON, CURTIS" in repaired
