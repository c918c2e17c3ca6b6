"""IMMIGRATION_STATUS: statements about a person, not offices, laws or general topics."""

import pytest

from tests.helpers import covered

ENTITY = "IMMIGRATION_STATUS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She told officers she is undocumented.", "undocumented"),
        ("He overstayed his tourist visa in 2019.", "overstayed his tourist visa"),
        ("He is not a U.S. citizen.", "not a U.S. citizen"),
        ("The client is a green card holder.", "green card holder"),
        ("She is a DACA recipient.", "DACA recipient"),
        ("He is currently in removal proceedings.", "in removal proceedings"),
        ("ICE lodged an immigration detainer on him.", "immigration detainer"),
        ("A-number: A123-456-789", "A123-456-789"),
        ("She has TPS status.", "TPS status"),
        ("Se le venció la visa en 2020.", "venció la visa"),
        ("Dijo que es indocumentada.", "indocumentada"),
        ("Pending U-visa certification requested by the victim's attorney.", "U-visa certification"),
    ],
)
def test_finds_status_statements(find, text, expected):
    assert covered(find(text, ENTITY), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Detectives met with agents at ICE's Hartford field office.",
        "Officers shall not inquire about a person's immigration status.",
        "The city's policy protects undocumented immigrants and their families.",
        "Residents are served regardless of immigration status.",
        "She showed a Guatemalan passport as identification.",
    ],
)
def test_ignores_places_and_policy(find, text):
    assert find(text, ENTITY) == []
