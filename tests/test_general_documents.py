"""Documents about no one: a guide's or bulletin's program names and status words are left alone."""

from __future__ import annotations

BULLETIN = (
    "NEW HAVEN POLICE DEPARTMENT -- TRAINING DIVISION\n"
    "ROLL CALL TRAINING BULLETIN 2023-14\n"
    "Subject: Immigration status and report writing\n\n"
    "1. If a victim or witness volunteers that he or she is undocumented, has a visa, or has a\n"
    "green card, do not write it in the narrative.\n"
    "2. Do not ask whether anyone receives SNAP, WIC, Section 8 or other benefits. If an EBT card\n"
    'is stolen, list it as property ("EBT card") in the property section only.\n'
)


def test_a_training_bulletin_states_no_ones_status_or_benefits(redacted):
    statements = [
        value
        for entity in ("PUBLIC_ASSISTANCE", "IMMIGRATION_STATUS", "SEXUAL_ORIENTATION")
        for value in redacted(BULLETIN, entity)
    ]
    assert statements == []


def test_the_same_words_about_a_named_victim_are_still_redacted(redacted):
    text = BULLETIN + (
        "\nEXAMPLE FROM A RETURNED REPORT\n"
        "The victim, Maria Gonzalez, stated her boyfriend choked her. She receives SNAP benefits\n"
        "and said she is undocumented.\n"
    )
    assert any("SNAP benefits" in value for value in redacted(text, "PUBLIC_ASSISTANCE"))
    assert "Maria Gonzalez" in redacted(text, "DV_VICTIM")


def test_a_program_guide_keeps_a_checked_box_and_a_case_number(redacted):
    text = (
        "CITY OF NEW HAVEN -- RESOURCE GUIDE: FOOD AND HEALTH PROGRAMS\n\n"
        "SNAP helps low-income households buy groceries. Benefits are loaded onto an EBT card.\n"
        "Sample intake box:  [X] SNAP      DSS case no. 1009928371\n"
    )
    kept = redacted(text, "PUBLIC_ASSISTANCE")
    assert "EBT card" not in kept
    assert "SNAP" in kept and "1009928371" in kept
