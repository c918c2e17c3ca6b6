"""SEXUAL_ORIENTATION: statements with their verb; not venues, streets or relationships."""

import pytest

from tests.helpers import covered

ENTITY = "SEXUAL_ORIENTATION"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victim said her coworker is gay.", "is gay"),
        ("He identifies as bisexual.", "identifies as bisexual"),
        ("He stated that he and Osei-Mensah are\nboth gay and together.", "are\nboth gay"),
        ("She came out as a lesbian last year.", "came out as a lesbian"),
        ("Destiny said she recently came out as\npansexual to a few friends.", "came out as\npansexual"),
        ('He got angry since "he found out I like girls too."', "like girls too"),
        ("His parents cut him off after he came out.", "came out"),
        ("Sexual orientation: Bisexual", "Bisexual"),
        ("Sexual orientation: Straight / heterosexual", "Straight / heterosexual"),
        (
            "Sexual orientation: Straight or heterosexual   Gender identity: Female",
            "Straight or heterosexual",
        ),
        ("Orientation (optional, for LGBTQ+ program referral): lesbian", "lesbian"),
        ("Sexual orientation (pt-reported, for SANE record): Lesbian", "Lesbian"),
        ('He stated "everyone on the crew already knew he was gay."', "he was gay"),
        ("Ella dijo que es lesbiana.", "es lesbiana"),
        # a threat in a text exhibit, said to her: "le voy a decir a tu mama q eres lesbiana"
        ("Brayan: y le voy a decir a tu mama q eres lesbiana, q te vi con la flaca esa", "eres lesbiana"),
        ("Not out to my mom yet. I'm pan, like, I know who I like.", "I'm pan"),
        ("Orientación sexual (opcional, autoidentificada): bisexual", "bisexual"),
    ],
)
def test_finds_statements(find, text, expected):
    assert covered(find(text, ENTITY), expected)


@pytest.mark.parametrize(
    "text",
    [
        "The fight started outside a gay bar on Crown Street.",
        "Repaving of Gay Street begins Monday.",
        "He lives with his husband on Orange Street.",
        "Officers staffed the Pride parade.",
        "He saw a hand holding a black handgun come out, then heard shots.",
        "The frying pan was on the stove; it's a pan, not a pot.",
        "Ma'am, can you come out to the hallway for me?",
        "The kids like girls' soccer and boys' lacrosse.",
        "He came out of the bathroom with his hands up.",
        "Around 7:15 am I came out to go to work and the back tire of my car was flat.",
    ],
)
def test_ignores_venues_and_relationships(find, text):
    assert find(text, ENTITY) == []


def test_a_checked_option_on_a_spanish_form(find):
    text = "Orientación sexual:  [ ] Heterosexual  [X] Lesbiana  [ ] Gay  [ ] Bisexual"
    assert find(text, "SEXUAL_ORIENTATION") == ["Lesbiana"]


def test_a_self_reported_orientation_field_in_capitals(find):
    text = "VICTIM SELF-REPORTED ORIENTATION (OPTIONAL, ONLY IF VOLUNTEERED):  GAY"
    assert find(text, "SEXUAL_ORIENTATION") == ["GAY"]


def test_a_bilingual_forms_checked_option(find):
    text = "Orientación sexual / Sexual orientation:\n   ( ) Heterosexual  (X) Lesbiana / Lesbian  ( ) Gay\n"
    assert find(text, "SEXUAL_ORIENTATION") == ["Lesbiana / Lesbian"]


def test_a_text_message_without_its_apostrophe(find):
    """Typed messages drop the apostrophe: 'i told him im gay and he laughed'."""
    assert find("i said no like 5 times. i told him im gay and he laughed", "SEXUAL_ORIENTATION") == [
        "im gay"
    ]
    assert find("the swim gay pride float", "SEXUAL_ORIENTATION") == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            'He skips the senior center because "I\'m an old gay man and the guys there make comments."',
            "I'm an old gay man",
        ),
        ("She is a proud lesbian and a veteran.", "is a proud lesbian"),
    ],
)
def test_a_word_of_age_or_pride_before_the_orientation(find, text, statement):
    """'I'm an old gay man': a word of age or pride between the article and the orientation."""
    assert covered(find(text, "SEXUAL_ORIENTATION"), statement)
    assert find("He is an old man who lives alone.", "SEXUAL_ORIENTATION") == []


def test_coming_out_of_a_room_in_a_time_clause(find):
    """'When I came out, I saw him twisting her wrist': a time clause's bare 'came out' left a
    room; 'when she came out as gay' and a bare 'She came out.' are still statements."""
    assert find("'give me the card'. When I came out, I saw him twisting her wrist.", ENTITY) == []
    assert covered(find("when she came out as gay to her parents", ENTITY), "came out as gay")
    assert covered(find("She came out. Her father stopped talking to her.", ENTITY), "She came out")


def test_a_form_value_after_a_dot_leader(find):
    """'Sexual orientation (voluntary) .. Gay': a leader of two dots (or many) before the value."""
    assert find("Sexual orientation (voluntary) .. Gay", ENTITY) == ["Gay"]
    assert find("Sexual orientation .......... Bisexual", ENTITY) == ["Bisexual"]
