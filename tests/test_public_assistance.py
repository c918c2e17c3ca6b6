"""PUBLIC_ASSISTANCE: receipt of assistance and case numbers, not offices or unchecked boxes."""

import pytest

from tests.helpers import covered

ENTITY = "PUBLIC_ASSISTANCE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The family receives SNAP benefits.", "SNAP benefits"),
        ("She has a Section 8 voucher.", "Section 8 voucher"),
        ("Client is on HUSKY D.", "HUSKY D"),
        ("He has been getting food stamps since 2021.", "food stamps"),
        ("DSS CLIENT ID: 0041177823", "0041177823"),
        ("[X] SNAP   [ ] WIC", "SNAP"),
        ("She is not a SNAP recipient.", "not a SNAP recipient"),
        ("Recibe cupones de alimentos cada mes.", "cupones de alimentos"),
        ("He receives SSI for a disability.", "SSI"),
    ],
)
def test_finds_receipt(find, text, expected):
    assert covered(find(text, ENTITY), expected)


@pytest.mark.parametrize(
    "text",
    [
        "She was referred to the SNAP office on Church Street.",
        "[ ] SNAP   [ ] TANF",
        "The council discussed changes to SNAP eligibility rules.",
    ],
)
def test_ignores_offices_and_unchecked_options(find, text):
    assert find(text, ENTITY) == []


def test_unchecked_option_beside_checked_one(find):
    assert find("[ ] SNAP   [X] WIC", ENTITY) == ["WIC"]


def test_bare_program_needs_a_person(find):
    general = "USDA SNAP settlement deposits of $212,904.18 were credited to the store account."
    personal = "The store clerk said she is on SNAP."
    assert find(general, ENTITY) == []
    assert find(personal, ENTITY)
