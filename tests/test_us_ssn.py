"""US_SSN: layouts, masked forms and look-alikes."""

import pytest

ENTITY = "US_SSN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SSN: 412-55-8812", "412-55-8812"),
        ("Social Security No. 412 55 8812 on file", "412 55 8812"),
        ("SSN (last four only on this form): 2209", "2209"),
        ("Payroll lists her SSN as 209 - 55 - 1847.", "209 - 55 - 1847"),
        ("SSN  038-71- 4402", "038-71- 4402"),
        ("En la carta aparecen los últimos cuatro dígitos de su Seguro Social: 7712.", "7712"),
        ("SSN 412558812", "412558812"),
        ("Employee SSN (last four): XXX-XX-4821", "XXX-XX-4821"),
        ("his social security number is ***-**-5517.", "***-**-5517"),
        ("verified the last four 6603 of his SSN", "6603"),
        ("SSN ending in 2237 was on the form", "2237"),
        ("Verified SSN ends ..... 8842  (matches HRIS)", "8842"),
        ("Employee's SSN confirmed from SS card copy in HR file (ending 9926).", "9926"),
        # Never issued by the SSA, but the record presents it as his SSN.
        ("SSN: 123-45-6789", "123-45-6789"),
        ("S.S.N. 666-12-3456", "666-12-3456"),
        ("Número de seguro social: 512-44-9087", "512-44-9087"),
        # A bare well-formed number in a city record is most likely an SSN.
        ("The form listed 512-44-9087 under her name.", "512-44-9087"),
        # Wrapped onto the next line by a PDF's layout or a scan.
        ("Employee SSN: 412-55-\n8812 on file", "412-55-\n8812"),
        ("her social security number 412 55\n8812.", "412 55\n8812"),
        # a word that only numbers things when it labels the number ("Booking # …")
        ("The SSN he gave at booking, 412-45-6781, was invalid.", "412-45-6781"),
        (
            "You will need the last four digits of your Social Security number, which we have on file as 5103.",
            "5103",
        ),
        ("SSN (last 4) ................ 6603", "6603"),
        ("SSN last 4 verified for DSS\nrenewal form: 2093.", "2093"),
        (
            "Número de Seguro Social de su hija: 0 4 7 - 3 1 - 9 9 2 0, escrito con espacios.",
            "0 4 7 - 3 1 - 9 9 2 0",
        ),
        (
            "4. Número de Seguro Social\nUsted escribió su número con un dígito de menos. "
            "Los últimos cuatro dígitos que tenemos son 8826. Traiga su tarjeta.",
            "8826",
        ),
        ('which lists the last four of the SSN as "2958" and a mailing address', "2958"),
        # the number named in the sentence before, the last four after a remark
        (
            "Social Security numbers for household members are on file and are not included in\n"
            "this letter. For the head of household, the last four digits on file are 2290.",
            "2290",
        ),
        (
            "Los números de Seguro Social de los miembros del hogar están en archivo. Para el jefe"
            " de hogar, los últimos cuatro dígitos en archivo\nson 2290.",
            "2290",
        ),
        # an NCIC return's SOC field, the number right after it
        ("SOC 919043376: NO WANTS CT. NCIC RETURNS NEGATIVE", "919043376"),
    ],
)
def test_finds_ssn(find, text, expected):
    assert expected in find(text, ENTITY)


@pytest.mark.parametrize(
    "text",
    [
        "Case No. 512-44-9087 was assigned to Det. Ruiz.",
        "Booking # 512-44-9087 for the arrestee.",
        "Claim #512-88-0043 was closed.",
        "SSN verified; refund to her debit card ending 4417.",
        "Call her at 203-555-0147.",
        "Report 2024-012345 filed on 03/09/2024.",
        "Routing number 021000021",
        "Employee ID 004417762",
        "The form listed 000-12-3456 as a placeholder.",
        "ITIN 912-78-4410",
        "Application no. RA-2025-0417. Tracking no. for the landlord packet: 220-19-4471.",
        "He sent me a photo (attached, Evidence tag 512-60-7734).",
        "Items left at the door frame (tags 512-60-7735, 512-60-7736).",
        "Número de aviso: 301-44-2096",
        "Audit under SOC 2 report 419043376 for the vendor.",
        "Social Security office hours changed. The last four digits of the gate code are 4417.",
        "Los últimos cuatro dígitos de su tarjeta de débito son 4417.",
        "SSN last 4 matched; card last 4 on the form: 5521",
        "Execution batch ID:      219-04-5531",
        "Check image sequence 333-01-2207 (Wells Fargo image index).",
        "Swabs went to the lab (lab request 318-22-4410).",
        "Photographs of the door were logged under 512-07-3319.",
        "ID Unit lifted two latent prints from the dresser; Lab No.\n251 07 2204.",
        (
            "ITEM  TAG NO.        DESCRIPTION\n"
            "----  -------------  ---------------------------\n"
            "01    241-10-0177    Black folding knife\n"
            "02    241-10-0178    Black leather wallet\n"
        ),
        (
            "Client brought her Social Security card on 04/08. Intake sheet corrected. Court mediation"
            " confirmation no. 204-55-1803."
        ),
    ],
)
def test_ignores_look_alikes(find, text):
    assert find(text, ENTITY) == []


def test_table_column_headed_ssn(find):
    text = (
        "| Tenant | SSN (last 4) | Program |\n"
        "| --- | --- | --- |\n"
        "| Alvarez, Migdalia | 2219 | Public Housing |\n"
        "| Tran, Bao Quoc | 6650 | HCV |\n"
        "\n"
        "Unit 1234 was inspected.\n"
    )
    assert find(text, ENTITY) == ["2219", "6650"]


def test_a_last_four_column_of_a_table_aligned_by_spaces(find):
    text = (
        "SECTION 2. HOUSEHOLD MEMBERS\n"
        " #  Name                  Relation   DOB          SSN (last 4)   Income source\n"
        " 1  Efua Mensah           self       03/11/1983   2291           wages\n"
        " 2  Kojo Mensah           son        02/02/2012   0470           --\n"
        " 3  Adjoa Mensah          daughter   10/15/2016   --             --\n"
    )
    assert find(text, ENTITY) == ["2291", "0470"]
    form = "  SSN:        XXX-XX-1937                 SID: CT0418832    FBI#: 774210KD3\n  Order: NNH-CR25-0297033-S\n"
    assert "NNH-CR25-0297033-S" not in " ".join(find(form, ENTITY))


def test_a_licence_number_after_a_dot_leader_under_an_ssn_line(find):
    text = "SSN ............. XXX-XX-7710\nCT Operator Lic . 172884413\n"
    assert find(text, ENTITY) == ["XXX-XX-7710"]


def test_a_pipe_table_whose_header_is_separated_from_its_rows_by_a_plain_rule(find):
    text = (
        "Columns: App ID | Head of household | HH | SSN last 4 | Award\n"
        "--------------------------------------------------------------\n"
        "ER-2210 | Adebayo, Funmilayo | 3 | 6603 | $3,600\n"
        "ER-2214 | Rivera, Juan Carlos | 5 | 1142 | $1,212\n"
    )
    assert find(text, ENTITY) == ["6603", "1142"]


def test_an_evidence_log_under_one_unbroken_rule(find):
    """'TAG #' heads a column of tag numbers shaped like SSNs; the description column's numbers
    are judged by their own words, and a bare 'no.' numbers the card named on the line above."""
    text = (
        "TAG #          CASE #      ITEM / DESCRIPTION                                  LOC\n"
        "-------------------------------------------------------------------------------------\n"
        "301-25-4418    25-035512   Social Security card, name Gloria M. Pettit,        B-14\n"
        "                           no. 048-30-7162\n"
        '301-25-4420    25-035512   Handwritten list "SS#s" incl. 041 77 2056 (Pettit)  B-14\n'
        '301-25-4421    25-035512   Laptop, HP 15", S/N 5CD2231XQV                      B-15\n'
    )
    assert find(text, ENTITY) == ["048-30-7162", "041 77 2056"]
    assert find("Prisoner property receipt number 311-09-4472 issued.", ENTITY) == []


def test_a_shift_logs_event_column_without_a_rule_holds_no_ssn(find):
    rows = "".join(
        f"241-11-{n:04d} 23{n % 60:02d}   NOISE COMPLAINT      120 Gay St                    Advised\n"
        for n in range(873, 1020, 10)
    )
    text = (
        "SHIFT ACTIVITY SUMMARY\n\nEVENT       TIME   TYPE                 LOCATION                      DISPOSITION\n"
        + rows
    )
    assert find(text, "US_SSN") == []
    assert find("Name: Ann Lee   SSN: 241-11-0873   DOB 01/02/1990", "US_SSN") == ["241-11-0873"]


def test_a_spanish_forms_last_four_label(find):
    assert find("Número de Seguro Social (últimos 4):     6021", "US_SSN") == ["6021"]


def test_spanish_last_four_in_parentheses(find):
    text = "Su número de Seguro Social no fue necesario; solo guardamos los últimos cuatro dígitos (4410)."
    assert "4410" in find(text, "US_SSN")


def test_an_indented_line_with_a_tab_is_no_table_header(find):
    """Prose indented by a tab is not a tab-separated table: the SSN named in one line does not
    make the next line's figure an SSN."""
    text = "\tThe SSN on file was checked by the clerk.\n\tShe paid 2400 toward the arrears in March.\n"
    assert "2400" not in find(text, "US_SSN")


def test_a_pasted_export_with_field_names_and_a_blank_line_under_them(find):
    """A spreadsheet pasted as text: 'Columns: ... | ssn_l4 | ...', a blank line, then the rows."""
    text = (
        "Columns: ref_id | last | first | dob | ssn_l4 | next_step\n\n"
        "CSA-24-0711 | Okafor | Chinedu | 03/15/1979 | 6652 | Energy screening\n"
        "CSA-24-0712 | Marchetti | Donna | 11/30/1961 | 0917 | Senior center referral\n"
    )
    found = find(text, "US_SSN")
    assert "6652" in found and "0917" in found


def test_tables_after_a_row_of_another_width_keep_their_places(find):
    """A row that ends a table must not shift where the next table's values are found."""
    text = (
        "Client\tProgram\tNote\n"
        "Ruiz, Ana\tSNAP\tok\n"
        "a stray line\twith one tab\n"
        "indented\n"
        "Name\tDOB\tSSN (last 4)\tNote\n"
        "Lee, Kim\t01/02/1980\t4417\tnone\n"
    )
    assert find(text, "US_SSN") == ["4417"]


def test_the_last_four_of_a_known_ssn_quoted_later(redacted):
    """Once the record has given the SSN, a later sentence that quotes its last four alone
    ("the card he presented ends in 4821") still discloses it; the same digits as a year or a
    street number without such words stay."""
    text = (
        "The SSN in MUNIS is XXX-XX-4821; the card he presented ends in 4821 and matches.\n"
        "He moved to 4821 Whitney Ave.\n"
        "Verifiqué a los niños con los últimos cuatro del Seguro Social (6604 y 2187).\n"
        "Hijo  XXX-XX-6604\nHija  XXX-XX-2187\n"
    )
    found = redacted(text, "US_SSN")
    assert found.count("4821") == 1 and found.count("6604") == 1 and found.count("2187") == 1
    assert text.count("4821") == 3  # the masked SSN, the card's ending, the street number


def test_last_four_closed_by_a_parenthesis(find):
    assert find("SSN on file (probationer, last four): 6603", "US_SSN") == ["6603"]


def test_spanish_ssn_terminado_en(find):
    assert find("El formulario tenía su número de Seguro Social terminado en 0917.", "US_SSN") == ["0917"]


def test_last_four_after_a_comma(find):
    text = (
        "Please bring your license and the last four digits of your Social Security number, 7719; thank you."
    )
    assert find(text, "US_SSN") == ["7719"]


def test_spanish_last_four_without_the_word_digits(find):
    """'últimos cuatro del Seguro Social, 5817': the noun left out, a comma before the digits."""
    assert find("- Verificación de identidad: últimos cuatro del Seguro Social, 5817.", "US_SSN") == ["5817"]
    assert find("Llame al 203-555-0101, extensión 5817.", "US_SSN") == []


def test_a_licence_number_after_an_ssn_on_the_same_line(find):
    """'SSN: 041-66-2291     CT OP LIC: 118240675': the licence label, nearer, numbers the second
    value; 'SSN on file: 041-62-7735' is still an SSN, 'file' being a word of its own label."""
    assert find("SSN: 041-66-2291     CT OP LIC: 118240675", ENTITY) == ["041-66-2291"]
    assert find("Employee SSN on file: 041-62-7735 (verified).", ENTITY) == ["041-62-7735"]


@pytest.mark.parametrize(
    "text",
    [
        "NHPD FIELD INTERVIEW / CONTACT CARD          FI# 231-06-0442",
        "Property bin 318-24-0057: wallet, keys (3)",
    ],
)
def test_a_field_interview_number_and_a_property_bin(find, text):
    assert find(text, ENTITY) == []


@pytest.mark.parametrize(
    ("text", "ssns"),
    [
        ("  SSN:            044-62-1893\n  OLN/State:      172044981 / CT", ["044-62-1893"]),
        ("       - CT non-driver ID (#167-22-9981)", []),
    ],
)
def test_an_operator_licence_and_a_state_id_card(find, text, ssns):
    """An arrestee's 'OLN/State:' under his SSN, and a wallet's 'CT non-driver ID (#167-22-9981)':
    licence and ID-card numbers, not Social Security numbers."""
    assert find(text, ENTITY) == ssns


@pytest.mark.parametrize(
    ("text", "ssns"),
    [
        ("Social Security number (write one digit per box): 0 4 3 8 8 1 9 6 2", ["0 4 3 8 8 1 9 6 2"]),
        ("SSN:         5 2 1 6 0 3 3 8 7 (as written on intake card)", ["5 2 1 6 0 3 3 8 7"]),
        ("Seats 1 2 3 4 5 6 7 8 9 were held for the hearing.", []),
    ],
)
def test_one_digit_per_box(find, text, ssns):
    """A hand-filled form's boxes, 'SSN: 5 2 1 6 0 3 3 8 7': nine spaced digits with no dashes are an
    SSN after its cue, as nine bare digits are, and nothing without one."""
    assert find(text, ENTITY) == ssns


@pytest.mark.parametrize(
    "text",
    [
        "07:42  DW   SR# 250-11-4478   Pothole, Gay Street near Dwight St, westbound lane.",
        "Follow-up call from Ms. Okonkwo-Fiske (SR 250-11-4485): no further action needed from 311.",
        "Service request 250-11-4479 routed to LCI / Noise.",
    ],
)
def test_a_311_service_request_number(find, text):
    """A 311 log numbers its service requests in the SSN's shape ('SR# 250-11-4478'): the label
    says what the number is."""
    assert find(text, ENTITY) == []


@pytest.mark.parametrize(
    "text",
    [
        "1. CASO M.R. (ref. SART 224-19-0871)",
        "Insurer: Patriot State Insurance, Policy No. PSI 332-71-6604",
        "SSN 219 40 8836      OLN CT 177204388",
    ],
)
def test_an_office_in_capitals_between_a_label_and_its_number(find, text):
    """'ref. SART 224-19-0871', 'Policy No. PSI 332-71-6604', 'OLN CT 177204388': the office or
    state that issued the number stands between its label and it; the label still says what the
    number is. (The SSN before the licence number is kept.)"""
    assert all(not value.startswith(("224", "332", "177")) for value in find(text, ENTITY))
    assert find(text, ENTITY) == (["219 40 8836"] if "SSN" in text else [])


def test_a_label_in_capitals_is_still_an_ssn_label(find):
    """The office word between a label and a number is never the SSN's own label."""
    assert find("ref SSN 224-19-0871", ENTITY) == ["224-19-0871"]


@pytest.mark.parametrize(
    "redacted_line", ["SSN [SSN]      OLN CT 177204388", "SSN ███████████      OLN CT 177204388"]
)
def test_a_licence_number_after_a_redacted_ssn_is_still_the_licence(find, redacted_line):
    """Checking a written copy runs detection on it again: the SSN's value, already replaced,
    still stands between its label and the licence's, so the licence number stays a licence."""
    assert find(redacted_line, ENTITY) == []
