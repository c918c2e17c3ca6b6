"""Documents about no one: a guide's or bulletin's program names and status words are left alone."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "heading",
    ["*** FREE BENEFITS ENROLLMENT DAY / DÍA DE INSCRIPCIÓN EN BENEFICIOS ***", "FERIA DE RECURSOS - FLYER"],
)
def test_an_event_flyers_program_list_is_about_no_one(redacted, heading):
    """A flyer's list of programs and its figures ('3 out of 4 eligible seniors ... are not
    receiving SNAP') say what the event offers, not who receives what."""
    text = (
        f"{heading}\n\nCity of New Haven - Community Services Administration\n\n"
        "GET HELP WITH / OBTENGA AYUDA CON:\n"
        "  * SNAP (food stamps / cupones de alimentos) - apply or renew\n"
        "  * Section 8 / Housing Choice Voucher waitlist questions\n\n"
        "Did you know? 3 out of 4 eligible seniors in Connecticut are not receiving SNAP.\n"
    )
    assert redacted(text, "PUBLIC_ASSISTANCE") == []
