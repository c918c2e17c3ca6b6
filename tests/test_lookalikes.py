"""The detection view: OCR's look-alike swaps read back one character for one, so a scanned
report's "2O3-555-Ol58" and "N0WAK" are found, and what is redacted is the original text."""

from __future__ import annotations

import pytest

from redactor.lookalikes import detection_view


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ph 2O3-555-Ol58", "Ph 203-555-0158"),
        ("D0B : O6/l7/l976", "DOB : 06/17/1976"),
        ("N0WAK, STANlSLAW", "NOWAK, STANISLAW"),
        ("0KAF0R-JAMES, Ifeany1", "OKAFOR-JAMES, Ifeanyi"),
        ("Mr . Wi1kes of l9 Ivy St", "Mr . Wilkes of 19 Ivy St"),
        ("Lewand0wska, Guada1upe, Ye11ow", "Lewandowska, Guadalupe, Yellow"),
    ],
)
def test_ocr_swaps_are_read_back(text, expected):
    scan = f"{text}\nVlCTIM D0B O6/l7/l976\n"  # a scan's noise around it: read back whole
    assert detection_view(scan) == f"{expected}\nVICTIM DOB 06/17/1976\n"


@pytest.mark.parametrize(
    "text",
    [
        "Form I-130, I9 and I-94",  # forms keep their letter
        "V1 VIC1 W2 S1 O1 A1 5B14 1st 2o piso",  # role codes, units, ordinals
        "V1's phone; S1's property",  # a code's possessive
        "XC40 CO2 jmk.updates05@mail.example",
        "I saw lol Apt l",
    ],
)
def test_what_a_record_writes_on_purpose_is_kept(text):
    scan = f"{text}\nVlCTIM D0B O6/l7/l976\n"
    assert detection_view(scan).startswith(text)


def test_clean_text_with_one_slip_is_left_as_written():
    text = "Apt 1O is listed as 10 on the lease; W2 lives at 10 Elm St.\n"
    assert detection_view(text) == text


def test_a_scanned_witness_block_is_redacted_as_written(pipeline):
    text = (
        "NEW HAVEN POLICE DEPARTMENT - INCIDENT REPORT\n"
        "Offense: 53a-61 Assault 3rd (Family Violence)\n\n"
        "VlCTIM  : BR00KS , SHElLA  M           D0B : O6/l7/l976\n"
        "WITNESS : Wl1KES , R0NALD             PH : 475 555 O11O\n\n"
        "Mr. Wi1kes stated he saw the suspect punch Ms. Br0oks in the face.\n"
    )
    plan = pipeline.analyze(text).plan
    found = {text[r.start : r.end]: r.entity for r in plan.redactions}
    assert plan.text == text
    assert found.get("O6/l7/l976") == "DV_VICTIM"
    assert found.get("475 555 O11O") == "CRIME_WITNESS"
    assert found.get("Wi1kes") == "CRIME_WITNESS"
