"""PUBLIC_ASSISTANCE: receipt of assistance and case numbers, not offices or unchecked boxes."""

import pytest

from tests.helpers import covered

ENTITY = "PUBLIC_ASSISTANCE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DSS Client ID (if known): 1102884735", "1102884735"),
        ("Amani's HUSKY A\n    member ID is 019447286 (provided by the mother).", "019447286"),
        ("She has been in public housing with us since 2019.", "in public housing"),
        ("[ ] Landlord ledger   [X] SNAP notice   [ ] Other", "SNAP notice"),
        ("The family receives SNAP benefits.", "SNAP benefits"),
        ("[X] Talones de pago (2)   [X] Carta de DSS, caso No. W-2290431", "W-2290431"),
        ("Asked for help w/ SSI award letter for housing app.", "SSI award letter"),
        ("Bello brought the lease. RAP payment approved.", "RAP payment"),
        ("- M7 (GA recipient) needs bus pass.", "GA recipient"),
        (
            "Before the shelter she had a Section 8 Housing Choice Voucher.",
            "Section 8 Housing Choice Voucher",
        ),
        ("Tenant ID / Lease #:          PH-33018", "PH-33018"),
        ("She has a Section 8 voucher.", "Section 8 voucher"),
        ("Client is on HUSKY D.", "HUSKY D"),
        ("He has been getting food stamps since 2021.", "food stamps"),
        ("Mrs. Alcide stated she receives SSI and food benefits.", "food benefits"),
        ("Housing subsidy: on the waitlist since 2019 -- not a voucher holder", "not a voucher holder"),
        ("If they find out he stays here I'm gonna lose my voucher.", "voucher"),
        ("DSS letter: Medicare Savings Program (QMB) approved.", "Medicare Savings Program (QMB)"),
        ("1. Su caso de DSS es el número 8-004-12775. Usted y sus hijos reciben SNAP.", "8-004-12775"),
        ("(HCV participant ID ECC-HCV-0077314) notified.", "ECC-HCV-0077314"),
        (
            "Elm City Communities proposes to terminate your housing assistance effective 06/30.",
            "housing assistance",
        ),
        ("Su hogar recibe cupones de alimentos (SNAP), caso núm. W-553018846.", "W-553018846"),
        ("Ella trabaja de noche. Recibe SNAP (DSS caso #301-447-2196).", "Recibe SNAP"),
        ("Su número de caso DSS es W-11083647. También nos pidió", "W-11083647"),
        # a number is not a program's name: the next field's label does not make it an office
        ("Voucher / client no.: HCV-0078215         Unit size: 3 BR", "HCV-0078215"),
        (
            "3. HEALTH COVERAGE\n   [ ] Private / employer   [X] HUSKY A (Medicaid)   [ ] Medicare\n"
            "   Member ID: 100488219",
            "100488219",
        ),
        ("Su número de cliente de DSS es\n   0048812290. Su esposo", "0048812290"),
        (
            'ES-25-0101,"Abernathy, Louise",1938-11-04,203-555-0181,"61 Fountain Terr",CEAP,200318872,active',
            "CEAP",
        ),
        ("DSS CLIENT ID: 0041177823", "0041177823"),
        ("[X] SNAP   [ ] WIC", "SNAP"),
        ("Beneficios actuales:  (X) SNAP / cupones de alimentos   ( ) WIC", "SNAP"),
        ("She is not a SNAP recipient.", "not a SNAP recipient"),
        (
            "He applied to the waitlist in 2022 but is not a public housing tenant.",
            "not a public housing tenant",
        ),
        ("Recibe cupones de alimentos cada mes.", "cupones de alimentos"),
        ("He receives SSI for a disability.", "SSI"),
        # a form field on the next line is not what the program word says about itself
        ("DSS case no.: 0048120397\nEligibility basis: categorical", "0048120397"),
        ("Jayden is covered by HUSKY A,\nmember ID 80331927; lead test ordered.", "80331927"),
        ("Also has Medicaid (HUSKY C) and a\n  small SSI supplement.", "SSI supplement"),
        ("Núm. de caso DSS:    0061247738", "0061247738"),
        ("Vive con un vale de la Sección 8 desde 2019.", "vale de la Sección 8"),
        ("Application no.: CEAP-NH-23-08814", "CEAP-NH-23-08814"),
        ("I get TFA, the cash assistance, and it came on the card.", "TFA, the cash assistance"),
        ("Número de caso (ID de cliente): 0041893310", "0041893310"),
        ("Número de cliente: 002918374", "002918374"),
        ("Tarjeta EBT n.º 5077 1900 0412 8836", "5077 1900 0412 8836"),
        ("Número de arrendatario: PH-0049217", "PH-0049217"),
        ("Kevin y Ashley siguen con cobertura de HUSKY A.", "cobertura de HUSKY A"),
        ("su hogar como residentes de vivienda pública.", "residentes de vivienda pública"),
        ("Sra. Peña — Seguridad de Ingreso Suplementario (SSI)", "Seguridad de Ingreso Suplementario (SSI)"),
        ("L.V. is a public-housing tenant; transfer requested.", "public-housing tenant"),
        ("Y. is no longer\n   on TFA.", "no longer\n   on TFA"),
        (
            "continue your Housing Choice Voucher (Section 8) assistance.",
            "Housing Choice Voucher (Section 8) assistance",
        ),
        ("la recertificación de sus beneficios de SNAP.", "sus beneficios de SNAP"),
        ("Yo tengo la tarjeta de estampillas.", "tarjeta de estampillas"),
        ("She already gets energy assistance through CEAP this winter.", "energy assistance through CEAP"),
        (
            "Su solicitud de beneficios del Programa de Asistencia Nutricional Suplementaria\n(SNAP) fue aprobada.",
            "beneficios del Programa de Asistencia Nutricional Suplementaria\n(SNAP)",
        ),
        (
            "Your household has participated in the Housing\nChoice Voucher (Section 8)\nprogram since 2014.",
            "Housing\nChoice Voucher (Section 8)\nprogram",
        ),
        ("[X] SNAP / cupones de alimentos     Caso DSS: W-118-004-7723", "W-118-004-7723"),
        (
            "public housing tenancy (Westville Manor, 2011-2016) for the head of household.",
            "public housing tenancy",
        ),
        ("Connecticut EBT card in arrestee's name; $14 cash", "Connecticut EBT card"),
    ],
)
def test_finds_receipt(find, text, expected):
    assert covered(find(text, ENTITY), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Client: AL-SAYED, Fatima    Client ID (CSA): CSA-2023-04418",
        "She was referred to the SNAP office on Church Street.",
        "[ ] SNAP   [ ] TANF",
        "Ms. Ruiz was previously on the Housing Choice Voucher waiting list.",
        "¿Recibe asistencia pública? / Receives public assistance?",
        "Dijo que tal vez solicite Sección 8 cuando abran la lista.",
        "* WIC (Women, Infants and Children) -- 54 Meadow Street, 203-946-8183.",
        "HUSKY A covers children, parents and pregnant people with low income.",
        "The council discussed changes to SNAP eligibility rules.",
        "She said the food assistance pantry on Dixwell Ave is open Fridays.",
        "She asked about the voucher program office hours.",
        "If anyone in your household begins receiving TANF, SNAP or unemployment benefits, report it.",
        "Su hija puede ir a la cita en la clínica de WIC de Fair Haven.",
        "Do not note benefits unless needed (for example, a SNAP benefits fraud case assigned to you).",
        "Benefit programs that count include SNAP (food stamps) and TFA.",
    ],
)
def test_ignores_offices_and_unchecked_options(find, text):
    assert find(text, ENTITY) == []


def test_a_form_field_with_a_note_in_parentheses_is_still_a_statement(find):
    assert find("Household benefits: SNAP (approved 03/2024)", ENTITY)


def test_unchecked_option_beside_checked_one(find):
    assert find("[ ] SNAP   [X] WIC", ENTITY) == ["WIC"]
    found = find("[X] SSI     [ ] SSDI     [X] SNAP     [ ] TANF/TFA", ENTITY)
    assert not any("TFA" in f or "TANF" in f or "SSDI" in f for f in found)


def test_bare_program_needs_a_person(find):
    general = "USDA SNAP settlement deposits of $212,904.18 were credited to the store account."
    personal = "The store clerk said she is on SNAP."
    assert find(general, ENTITY) == []
    assert find(personal, ENTITY)


def test_program_words_do_not_run_into_the_next_form_label(find):
    text = "Program: WIC / HUSKY\nClient: Maria Holt, DOB 02/02/1990\n"
    assert not any("Client" in found for found in find(text, ENTITY))


def test_a_benefit_named_in_a_comma_separated_export_row(find):
    text = (
        '"HH_ID","HOH_NAME","UNIT","PROGRAM","BENEFIT_SRC","RECERT_DUE"\n'
        '"H-10483","Fontaine, Marie-Claude","Brookside 41","PH","TANF","04/01/2024"\n'
    )
    assert "TANF" in find(text, "PUBLIC_ASSISTANCE")


def test_a_list_of_program_codes_in_prose_is_no_csv_row(find):
    found = find("# Benefit source codes: SNAP, TANF, SSI, SSDI, SS (retirement), UI, OTHER", ENTITY)
    assert not any(code in found for code in ("TANF", "SSI", "SSDI"))


def test_a_list_of_programs_is_one_redaction(redacted):
    """ "[PA] and [PA]" tells a reader there were two programs; one span hides the list."""
    assert redacted("The household receives SNAP and TFA.", ENTITY) == ["receives SNAP and TFA"]
    assert redacted("She gets WIC, SNAP, or HUSKY A as needed.", ENTITY) == ["gets WIC, SNAP, or HUSKY A"]
    assert len(redacted("He is on SNAP. TFA was closed in 2020.", ENTITY)) == 2


def test_checked_and_unchecked_options_with_a_program_in_parentheses(redacted):
    form = (
        "Benefits on file:\n"
        "  [X] SNAP                 [ ] Temporary Family Assistance (TFA)\n"
        "  [X] CEAP energy assistance   [ ] HUSKY (Medicaid)\n"
        "Documents received: [ ] Pay stubs   [X] SSA benefit letter (SSI)\n"
        "DSS Client ID:     001873224\n"
        "Benefits summary (per client and the DSS portal, with written consent): see above\n"
    )
    found = redacted(form, ENTITY)
    assert {"SNAP", "CEAP energy assistance", "SSA benefit letter (SSI)", "001873224"} <= set(found)
    assert not any(p in " ".join(found) for p in ("TFA", "Medicaid", "Benefits summary"))
    assert redacted("Also mentioned CEAP energy assistance -- HOH may apply next winter.", ENTITY) == []


def test_a_member_id_under_an_unchecked_program_is_not_assistance(find):
    form = "[X] Private / employer (Anthem)   [ ] Uninsured\n[ ] SNAP\n   Member ID: 100488219\n"
    assert find(form, ENTITY) == []


def test_a_notice_about_programs_and_confidential_categories_names_no_recipient(find):
    text = (
        "At each fair, residents can:\n"
        "  - Learn how the Section 8 Housing Choice Voucher program works and when the list reopens;\n"
        "  - Get help from volunteers to understand SNAP, HUSKY and energy assistance eligibility rules\n"
        "    (no applications will be taken on site);\n"
        '"Under our Executive Order, the confidential information people share with us - Social Security\n'
        'numbers, public assistance, immigration status, sexual orientation - is protected."\n'
    )
    assert find(text, "PUBLIC_ASSISTANCE") == []


def test_a_program_about_one_tenant_after_her_honorific(find):
    text = "Ms. Holt says the unit is rented with a Section 8 voucher through the Housing Authority."
    assert find(text, "PUBLIC_ASSISTANCE") == ["Section 8 voucher"]
    assert any("SNAP" in value for value in find("He has been on SNAP since March.", "PUBLIC_ASSISTANCE"))


def test_one_households_voucher_by_its_number_or_in_a_letter_to_it(find):
    assert find("RE: Annual Reexamination -- Housing Choice Voucher No. HCV-0048812", "PUBLIC_ASSISTANCE")
    assert find("Your Housing Choice Voucher is due for its annual recertification.", "PUBLIC_ASSISTANCE")


def test_case_and_client_numbers_without_a_number_sign(find):
    assert "1009928371" in find(
        "They also have SNAP -- DSS case 1009928371 -- I'll call DSS.", "PUBLIC_ASSISTANCE"
    )
    assert "0052 7719 04" in find("Núm. de cliente DSS: 0052 7719 04", "PUBLIC_ASSISTANCE")
    assert "W-2087731" in find(
        "- La familia recibe cupones (SNAP) - caso DSS W-2087731.", "PUBLIC_ASSISTANCE"
    )


def test_a_public_housing_resident_is_assistance_not_immigration(find):
    text = "La entrevista fue en español. Es\nresidente de vivienda pública desde 2016."
    assert "residente de vivienda pública" in find(text, "PUBLIC_ASSISTANCE")
    assert find(text, "IMMIGRATION_STATUS") == []


def test_a_member_id_after_a_program_in_parentheses(find):
    assert "M44027819" in find("Insurance: HUSKY D (Medicaid)   ID M44027819", "PUBLIC_ASSISTANCE")


def test_a_case_number_with_letters_after_dot_leaders(find):
    assert "W-11930472" in find(
        "Número de caso del DSS ........................ W-11930472\n", "PUBLIC_ASSISTANCE"
    )


def test_a_tab_separated_caseload_row(find):
    """A caseload export set off by tabs: the case-number column is named by its header and the
    programs cell is one household's benefits."""
    text = (
        "Client\tDSS case no.\tPrograms (current)\tNotes\n"
        "Howard, Simone\tW-1188402\tTFA, SNAP, HUSKY A\tMonth 19 of 21; see below\n"
    )
    found = find(text, ENTITY)
    for value in ("W-1188402", "TFA", "SNAP", "HUSKY A"):
        assert covered(found, value), value


def test_a_case_number_column_of_a_pipe_table(find):
    text = (
        "| Date  | Client         | DSS Client ID | Note            |\n"
        "|-------|----------------|---------------|-----------------|\n"
        "| 07/25 | Morrow, Keisha | 0038820417    | Renewal sent.   |\n"
    )
    assert covered(find(text, ENTITY), "0038820417")


def test_the_english_word_voucher_in_a_spanish_letter(find):
    """'tengo voucher de Sección 8', 'no me quiten el voucher': her voucher, said in Spanish."""
    for text, value in (
        ("Me llamo Rosa Campos y tengo voucher de Sección 8 desde el año 2019.", "voucher de Sección 8"),
        ("Por favor no me quiten el voucher.", "voucher"),
    ):
        assert any(value in f for f in find(text, ENTITY)), (text, find(text, ENTITY))
    assert not find("El programa de voucher de la ciudad tiene lista de espera.", ENTITY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Génesis tiene Título 19 (HUSKY A). A ella le quitaron el Título 19.",
            ["tiene Título 19 (HUSKY A)", "el Título 19"],
        ),
        ('- Ramón: "Yo no cojo cupones ni nada de eso."', ["no cojo cupones"]),
        ("Ms. Colon's TFA extension #2 approved under safety criteria.", ["TFA extension"]),
        (
            "Renewal packet rec'd via portal (SNAP recert + TFA redetermination).",
            ["SNAP recert", "TFA redetermination"],
        ),
        ("Section 8 emergency transfer request sent to HANH.", ["Section 8 emergency transfer"]),
    ],
)
def test_a_benefit_with_its_paperwork_and_in_caribbean_spanish(find, text, expected):
    assert find(text, "PUBLIC_ASSISTANCE") == expected


def test_a_health_plan_named_as_a_persons_coverage_and_its_member_id(find):
    assert "HUSKY A" in find(
        "- V1 registration: SSN XXX-XX-2290, insurance HUSKY A. Liaison: N. Osei RN.", ENTITY
    )
    assert "HUSKY" in find("pt insured HUSKY, MRN 005120944", ENTITY)
    assert "011 482 7731" in find("Per intake sheet: HUSKY A, member ID 011 482 7731.", ENTITY)
    assert "HA-5521094" in find("Insurance / Seguro médico:  HUSKY A   Member ID: HA-5521094", ENTITY)
    assert find("The plan list covers whoever has insurance through an employer.", ENTITY) == []


def test_ssi_by_its_spanish_name_in_either_word_order(find):
    assert "Ingreso Suplementario de Seguridad (SSI)" in find(
        "b) Ingreso Suplementario de Seguridad (SSI):      $212.00 al mes", ENTITY
    )


def test_a_program_not_received_keeps_its_any_or_no(find):
    """'is not receiving any SSI', 'receives no public assistance': negated receipt is still a
    statement about the person's assistance, and 'any'/'no' is part of it."""
    assert "not receiving any SSI" in " ".join(find("Client states he is not receiving any SSI now.", ENTITY))
    assert "no public assistance" in " ".join(find("He currently receives no public assistance.", ENTITY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[ ] HUSKY A   [ ] HUSKY D   [X] Medicaid de emergencia   [ ] Ninguno", "Medicaid de emergencia"),
        ('El Sr. Paredes comentó que la Sra. Morales "vive de cupones".', "vive de cupones"),
        (
            "La Sra. Morales contestó que no recibe cupones ni ninguna ayuda del gobierno.",
            "no recibe cupones ni ninguna ayuda del gobierno",
        ),
        ("[X] Carta de beneficios SNAP del DSS, fechada 02/05/2024", "beneficios SNAP"),
        (
            "porque la beneficiaria recibe Asistencia Familiar Temporal (TFA) del estado",
            "Asistencia Familiar Temporal (TFA)",
        ),
    ],
)
def test_spanish_receipt_in_its_own_word_order(find, text, expected):
    assert covered(find(text, ENTITY), expected)


def test_a_program_whose_case_is_said_to_be_active_is_about_the_person(find):
    """'Medicaid confirmed active for this admission': one patient's coverage, not the program."""
    assert find("- Medicaid confirmed active for this admission; no bill to pt.", ENTITY) == ["Medicaid"]
    assert find("The SNAP office is closed on Mondays.", ENTITY) == []


def test_general_assistance_said_to_be_active_is_the_persons(find):
    """'GA active, DSS case ...': the state's General Assistance, held by the one on that row;
    'GA' alone stays a state's abbreviation ('Atlanta, GA 30303')."""
    assert "GA" in find('03,"PRICE, LATOYA",19:31,"GA active, DSS case 0051120437; bus pass"', ENTITY)
    assert find("Shipped from Atlanta, GA 30303 on Monday.", ENTITY) == []


def test_a_spanish_participant_of_a_program_and_her_benefit_card(find):
    """'es participante de WIC desde 03/2023', 'le quitó la tarjeta eWIC': hers; the program's
    participants in general are no one's."""
    assert find("Recertificación: la Sra. Sotomayor es participante de WIC desde 03/2023.", ENTITY) == [
        "es participante de WIC"
    ]
    assert find("Su pareja le quitó la tarjeta eWIC por dos semanas.", ENTITY) == ["tarjeta eWIC"]
    assert find("El programa WIC tiene participantes de muchos países.", ENTITY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosalba comentó que ella ya no recibe cupones de alimentos desde enero.",
            "ya no recibe cupones de alimentos",
        ),
        ("Dijo que tenían voucher de Sección 8 hasta el año pasado.", "voucher de Sección 8"),
        ("Perdió su tarjeta y el día 3 cobra su Asistencia General.", "Asistencia General"),
        ("Comprobante visto: carta del DSS, caso n.º 3390418", "3390418"),
        ("INSURANCE (MEDICAL) .. HUSKY D", "HUSKY D"),
    ],
)
def test_receipt_told_past_or_in_a_forms_field(find, text, expected):
    """'ya no recibe', 'tenían voucher', 'cobra su Asistencia General', a DSS 'caso n.º', and a
    dot-leader field's 'HUSKY D': a person's benefit, not the programs in general."""
    assert covered(find(text, ENTITY), expected)


def test_an_application_is_no_receipt_until_granted(find):
    """'SNAP application filed online' and 'SAGA application submitted' tell of an application, not
    of benefits received; 'Her SNAP application was approved' does."""
    assert find("Called DSS with client on speaker. SNAP application filed online.", ENTITY) == []
    assert find("SAGA application submitted.", ENTITY) == []
    assert find("Her SNAP application was approved last week.", ENTITY) == ["SNAP"]


def test_a_notices_information_table_and_waiting_list_in_spanish(find):
    """A community notice: 'Mesa informativa de SNAP, WIC y HUSKY' and 'Programa de Vales de
    Vivienda (Sección 8): lista de espera' name programs, no one's benefits."""
    assert find("- Mesa informativa de SNAP, WIC y HUSKY (Departamento de Servicios Sociales).", ENTITY) == []
    assert (
        find("- Programa de Vales de Vivienda (Sección 8): lista de espera, fechas de lotería.", ENTITY) == []
    )
    assert "recibe SNAP" in find("Ella recibe SNAP y WIC.", ENTITY)


def test_a_pending_spanish_application_an_office_and_programs_in_general(find):
    """'Su solicitud de HUSKY para él está en trámite' and '(CEAP) fue enviada a la agencia' are
    applications, not receipt; 'la oficina del DSS (SNAP, HUSKY)' an office; 'para SNAP, HUSKY,
    Sección 8 ni otros programas' programs in general; but 'no recibe SNAP ni otros beneficios'
    is a person's own."""
    assert find("Su solicitud de HUSKY para él está en trámite con el DSS.", ENTITY) == []
    assert (
        find("Su solicitud al Programa de Asistencia de Energía (CEAP) fue enviada a la agencia.", ENTITY)
        == []
    )
    assert (
        find("Se informó que la oficina del DSS (SNAP, HUSKY) en Humphrey Street abre los martes.", ENTITY)
        == []
    )
    general = (
        "Los reembolsos no cuentan como ingreso para SNAP, HUSKY, Sección 8 ni otros programas federales."
    )
    assert find(general, ENTITY) == []
    assert covered(
        find("Usted declaró que no recibe SNAP ni otros beneficios en efectivo.", ENTITY), "no recibe SNAP"
    )


def test_a_benefit_named_with_its_kind(find):
    """'V receives SSI disability benefits': the benefit whole, with the kind between."""
    assert covered(find("V receives SSI disability benefits.", ENTITY), "SSI disability benefits")


def test_a_referral_to_a_program_is_no_receipt(find):
    """'referral to the WIC program made' is a plan; 'not receiving WIC' in the same sentence is
    the household's own negated receipt."""
    text = "The family is not receiving WIC at this time; referral to the WIC program made."
    assert find(text, ENTITY) == ["not receiving WIC"]


def test_a_voucher_with_its_number(find):
    """'Housing Choice Voucher No. HCV-220187' is one statement, the number's label inside it."""
    text = "RE:  Emergency Transfer Request -- Housing Choice Voucher No. HCV-220187\nDear Ms. Simmons:"
    assert covered(find(text, ENTITY), "Housing Choice Voucher No. HCV-220187")


def test_emergency_medicaid_whole(find):
    """'Insurance: Emergency Medicaid (hospitalization ...)' and 'receives emergency Medicaid': the
    kind of coverage is part of the statement; an emergency line near the SNAP office is not."""
    assert covered(
        find("Insurance:        Emergency Medicaid (hospitalization 04/02-04/12)", ENTITY),
        "Emergency Medicaid",
    )
    assert find("Call the emergency line if the SNAP office is closed.", ENTITY) == []


def test_a_programs_name_over_its_application_form(find):
    """'EMERGENCY RENTAL ASSISTANCE PROGRAM (ERAP) -- APPLICATION REVIEW SHEET' is a form's title,
    no one's receipt; 'She has SNAP - application for renewal pending.' still is hers."""
    assert find("EMERGENCY RENTAL ASSISTANCE PROGRAM (ERAP) -- APPLICATION REVIEW SHEET", ENTITY) == []
    assert find("EMERGENCY RENTAL ASSISTANCE PROGRAM — APPLICATION (intake copy)", ENTITY) == []
    assert covered(find("She has SNAP - application for renewal pending.", ENTITY), "has SNAP")


def test_a_dss_case_number_written_in_two_groups(find):
    """'DSS case #: W0163 55207' and '(caso DSS W0217 88430)': a case number the office writes as a
    letter and two groups of digits."""
    assert covered(find("Program: Housing Choice Voucher\nDSS case #: W0163 55207\n", ENTITY), "W0163 55207")
    spanish = (
        " - También perdieron la tarjeta EBT - tienen SNAP en el caso de Dalia\n"
        '   (caso DSS W0217 88430). Voy a pedir reemplazo de la tarjeta y "replacement\n'
    )
    assert covered(find(spanish, ENTITY), "W0217 88430")


def test_a_spanish_client_number_after_its_program(find):
    """'Mi numero de cliente de Seccion 8 es T0041927': the number is hers, the program stays a
    finding of its own."""
    text = "Mi numero de cliente de Seccion 8 es T0041927. La trabajadora que me toca es la Sra. Ruiz."
    found = find(text, ENTITY)
    assert covered(found, "T0041927") and covered(found, "Seccion 8")


def test_not_receiving_government_assistance_is_stated_whole(find):
    """'does not receive any government assistance': a negative statement of receipt, whole."""
    text = "Tenant states she works two jobs and does not receive any government assistance. Landlord lives out of state."
    assert covered(find(text, ENTITY), "does not receive any government assistance")


def test_a_dss_client_id_label_with_hash_and_colon(find):
    """'DSS Client ID #: 0048821937': the label's '#' and ':' both before the number."""
    assert covered(find("DSS Client ID #: 0048821937\n", ENTITY), "0048821937")


@pytest.mark.parametrize(
    ("text", "option"),
    [
        ("[X] Section 8 / RAP voucher   [ ] Energy assistance   [ ] None", "Section 8 / RAP voucher"),
        (
            "Rental program:  [ ] Private   [X] HCV (Section 8) tenant-based voucher   [ ] PBV",
            "HCV (Section 8) tenant-based voucher",
        ),
        (
            "Prior year CEAP:  [X] Yes -- received CEAP 2022-23 basic benefit    [ ] No",
            "CEAP 2022-23 basic benefit",
        ),
    ],
)
def test_a_checked_option_is_labelled_whole(find, text, option):
    """'[X] Section 8 / RAP voucher': the checked option up to the next box or gap, not the
    program's name alone."""
    assert covered(find(text, ENTITY), option)


def test_a_checked_option_does_not_reach_the_next_column(find):
    """'[X] SNAP      DSS case no. 1009928371': the case number is a value of its own column."""
    found = find("Intake:  [X] SNAP      DSS case no. 1009928371", ENTITY)
    assert not any("DSS" in f for f in found)


def test_active_participants_and_a_reinstatement(find):
    """'are active WIC participants', 'follow up on SSI reinstatement': the words of one
    household's benefit around the program's name."""
    assert covered(
        find("Mother and child are active WIC participants, next cert due Feb.", ENTITY),
        "active WIC participants",
    )
    assert covered(
        find("- Vail: follow up on SSI reinstatement, it's the biggest thing.", ENTITY), "SSI reinstatement"
    )


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Como tengo RAP, el programa solo paga hasta cierto límite.", "tengo RAP"),
        ("Salud: los niños tienen HUSKY desde el 29 de agosto.", "tienen HUSKY"),
        ("Trajo talones de pago, carta de SNAP y el aviso de desalojo.", "carta de SNAP"),
        ("Yo tengo la ayuda del CEAP pero ya se acabó.", "tengo la ayuda del CEAP"),
        (
            "Dice que ya recibió la ayuda de energía (CEAP) este invierno.",
            "ya recibió la ayuda de energía (CEAP)",
        ),
        ("Yo no tengo ayuda de renta, yo pago la renta completa.", "no tengo ayuda de renta"),
        ("También está recibiendo Asistencia General (GA) por ahora.", "recibiendo Asistencia General (GA)"),
        ("10/21/2024 -- DSS redujo el SNAP por el ingreso nuevo; el GA terminó.", "DSS redujo el SNAP"),
        ("10/21/2024 -- DSS redujo el SNAP por el ingreso nuevo; el GA terminó.", "el GA terminó"),
        (
            "[X] RAP (Programa Estatal de Asistencia de Renta)     Número de vale: RAP-NH-20931",
            "RAP (Programa Estatal de Asistencia de Renta)",
        ),
        (
            "[X] RAP (Programa Estatal de Asistencia de Renta)     Número de vale: RAP-NH-20931",
            "RAP-NH-20931",
        ),
        ("- También perdieron la tarjeta EBT - tienen SNAP en el caso de Dalia", "tienen SNAP"),
    ],
)
def test_a_households_benefit_said_in_spanish(find, text, statement):
    """Receipt said in Spanish: a program by its English letters after a verb ('tengo RAP',
    'tienen HUSKY'), its letter, rent or heat help with its verb, a change to the benefit, a
    checked 'RAP (...)' and its voucher number."""
    assert covered(find(text, ENTITY), statement)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("- HOH received TFA from 2018-2020 and stopped. No TFA now; confirmed through DSS.", "No TFA now"),
        (
            "Lease status: public housing tenant since 2019, lease in good standing.",
            "public housing tenant since 2019",
        ),
        ("Per Mr. Okafor she also gets a small SSI check; SSI is not counted.", "gets a small SSI check"),
        ("-> SNAP replacement for food lost in fire: referred to DSS", "SNAP replacement"),
    ],
)
def test_a_households_benefit_with_its_time_and_its_check(find, text, statement):
    assert covered(find(text, ENTITY), statement)


@pytest.mark.parametrize(
    "text",
    [
        "Solicitud de ayuda de renta: todavía en revisión.",
        "- La Ciudad recuerda que la ayuda de calefacción (CEAP) se solicita en la agencia.",
        "Cuando tenga preguntas sobre asistencia de renta, llame a la oficina.",
        "PROGRAMA DE ASISTENCIA PARA ALQUILER (RAP-2024)   Nº de solicitud: RAP-24-00917",
        "Meal codes (office use): DC-SNAP / DC-TFA = directly certified; F = free",
        "His rap sheet shows two priors.",
    ],
)
def test_rent_and_heat_help_named_as_a_program_or_an_application(find, text):
    """Rent or heat help named without anyone's verb, an application's number, a meal code's
    program and a rap sheet are no household's benefit."""
    assert find(text, ENTITY) == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Current benefits: [ ] SNAP  [ ] TFA  [ ] HUSKY  [ ] SSI/SSDI  [ ] Section 8  [X] None", "None"),
        ("¿Recibe asistencia de energía (CEAP / Operation Fuel) este año?  [ ] Sí  [X] No", "No"),
    ],
)
def test_a_checked_none_answering_what_one_gets_now(find, text, answer):
    """A checked 'None' or 'No' answering a question on the benefits one gets now is a negative
    statement of receipt; the question itself, its program in parentheses and all, is no answer."""
    found = find(text, ENTITY)
    assert found == [answer]


def test_a_checked_no_to_a_plan_is_no_statement(find):
    assert find("Interested in help with an application? [ ] Yes [X] No", ENTITY) == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Her bank statement shows a monthly SSI deposit of $183.00.", "SSI deposit"),
        ("She confirmed her Medicaid waiver services were unaffected.", "Medicaid waiver services"),
        ("Client brought the children's HUSKY cards to update the file.", "HUSKY cards"),
        (
            "dice que nunca ha recibido asistencia de energía y quiere saber si califica",
            "nunca ha recibido asistencia de energía",
        ),
        (
            "Sra. Mejía dijo que ella recibió ayuda de renta de UniteCT en 2022",
            "recibió ayuda de renta de UniteCT",
        ),
    ],
)
def test_the_benefits_words_after_a_program_and_spanish_perfect_receipt(find, text, statement):
    """The whole of what names the benefit: 'SSI deposit', 'Medicaid waiver services', 'HUSKY
    cards'; and Spanish receipt in the perfect tense, negated ('nunca ha recibido asistencia de
    energía'), or with the program after it ('ayuda de renta de UniteCT')."""
    assert covered(find(text, "PUBLIC_ASSISTANCE"), statement)


ROSTER = """SBCH MEDICAID BILLING ROSTER - October 2024
Student              DOB         Gr  Insurance               Member ID        Units
-------------------  ----------  --  ----------------------  ---------------  -----
Tavares, Jaden       03/02/2015  4   HUSKY A                 004471920        12
Nguyen, Bao          11/28/2016  2   Anthem BCBS (private)   881204433        1
Okonkwo, Chidera     01/05/2011  8   HUSKY B                 004390011        21
"""


def test_a_ruled_rosters_public_coverage_and_its_member_number(find):
    """A fixed-width roster under a dashed rule is about one child a row: 'HUSKY A' in the
    coverage column is that child's benefit, and the row's member number is the program's; a
    private plan's member number is not."""
    found = find(ROSTER, ENTITY)
    for value in ("HUSKY A", "004471920", "HUSKY B", "004390011"):
        assert covered(found, value), value
    assert not covered(found, "881204433")


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Income on file: TFA cash grant; part-time wages, $1,120/mo.", "TFA cash grant"),
        (
            "- Ms. Moody does not have a Section 8 voucher; she pays the full rent herself",
            "does not have a Section 8 voucher",
        ),
        (
            "beneficio de asistencia de energía (CEAP) fue aprobado el 27 de noviembre",
            "beneficio de asistencia de energía (CEAP)",
        ),
        ("1. Una carta actualizada de sus beneficios de SSI.", "beneficios de SSI"),
        ("Antes de ser encarcelado recibía SNAP y Asistencia General (SAGA).", "Asistencia General (SAGA)"),
    ],
)
def test_the_grant_the_negation_with_do_and_the_spanish_benefit_of(find, text, statement):
    """A cash grant after its program, 'does not have' as well as 'not have', the Spanish
    'beneficio(s) de' before a program, and the state's General Assistance by its short name."""
    assert covered(find(text, ENTITY), statement)


def test_general_assistance_listed_among_programs_is_no_ones(find):
    """A flyer's list of programs names 'Asistencia General' about nobody."""
    assert not covered(
        find("Para SNAP, TFA, Asistencia General o la Asistencia de Energía, visite", ENTITY),
        "Asistencia General",
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Núm. de participante WIC: 0093318427", "0093318427"),
        ("Número de familia WIC: WF-2207-5514", "WF-2207-5514"),
    ],
)
def test_a_spanish_programs_participant_or_family_number_right_after_its_label(find, text, number):
    """The program straight after the label, without 'de', and the colon against it: 'Núm. de
    participante WIC: ...', 'Número de familia WIC: ...'."""
    assert number in find(text, ENTITY)


def test_a_share_or_a_large_count_of_people_is_no_ones_benefit(find):
    """A figure about many ('El 58% preguntó por SNAP') names no household's benefit."""
    text = "Se atendieron 412 personas. El 58% preguntó por SNAP, el 21% por HUSKY."
    assert not covered(find(text, ENTITY), "SNAP")
    assert not covered(find(text, ENTITY), "HUSKY")


def test_a_households_own_size_is_still_one_household(find):
    """'SNAP para 4 personas': a small count is the size of one household, which receives it."""
    assert covered(find("Beneficios actuales:\n * SNAP para 4 personas\n * WIC para el bebé", ENTITY), "SNAP")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Nº de cliente HUSKY: H3308176620", "H3308176620"),
        ("La niña tiene HUSKY A; caso DSS del niño: W-007731902.", "W-007731902"),
    ],
)
def test_a_spanish_client_number_abbreviated_or_a_case_number_with_whose(find, text, number):
    """'Nº de cliente HUSKY:' (the abbreviated 'número'), and 'caso DSS del niño:' (whose case)."""
    assert number in find(text, ENTITY)


def test_a_spanish_denial_of_being_a_beneficiary_keeps_its_negation(find):
    """'No es beneficiaria de Sección 8': the negation is part of the statement, as 'not a SNAP
    recipient' is."""
    assert covered(
        find("Recibe HUSKY A. No es beneficiaria de Sección 8.", ENTITY), "No es beneficiaria de Sección 8"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("[ ] Private   [X] HUSKY A   [ ] None\nMember ID (if known): 200418377\n", "200418377"),
        (
            "  Primary insurance ..... HUSKY Health - HUSKY A (Medicaid)\n  Member ID ............. M88104273\n",
            "M88104273",
        ),
        ("  [X] SNAP (cupones de alimentos)     Caso DSS n.º 102394885\n", "102394885"),
    ],
)
def test_a_programs_member_number_behind_a_note_or_a_dot_leader(find, text, number):
    """'Member ID (if known):' and 'Member ID .....' under a checked program or a public
    insurance field, and 'Caso DSS n.º': the number is the program's."""
    assert number in find(text, ENTITY)


def test_a_private_insurers_member_number_is_not_assistance(find):
    assert find("  Primary insurance ..... Aetna PPO\n  Member ID ............. M88104273\n", ENTITY) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Every month he takes out the SSI money and leaves me nothing.", "SSI money"),
        ("Cada mes saca el dinero del SSI y no me deja nada.", "dinero del SSI"),
        ("Bank records:\n- Monthly SSI deposit: $967.00 (Jan. and Feb. 2025)", "SSI deposit"),
    ],
)
def test_a_benefits_money_and_its_deposit(find, text, span):
    """'the SSI money', 'el dinero del SSI', a statement's 'SSI deposit:' line: the words
    beside the program say it is a person's benefit, and go with it."""
    assert span in find(text, ENTITY)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Núm. de miembro HUSKY: 1L90347722", "1L90347722"),
        (
            "La Sra. Bermúdez no es beneficiaria de la Sección 8; el apartamento era privado.",
            "no es beneficiaria de la Sección 8",
        ),
    ],
)
def test_a_spanish_member_number_and_a_denial_with_its_article(find, text, span):
    """'Núm. de miembro HUSKY:' (a member's number, a letter inside it) and 'no es beneficiaria
    de la Sección 8' (the article before the program)."""
    assert span in find(text, ENTITY)


@pytest.mark.parametrize(
    "text",
    [
        "| Receiving SNAP                 | 131        | 61%   |",
        "Totals for worker: 7 open cases | 1 with active SNAP | 1 HCV | 1 SSI | avg. days open 72",
        "Note: Program-level totals (all workers): 388 open cases; 141 with active SNAP; 12 pending TANF.",
        "El programa ayudó a 11 hogares; 6 de ellos recibían algún tipo de asistencia pública.",
    ],
)
def test_a_count_a_totals_line_or_a_share_in_its_row_is_no_ones_benefit(find, text):
    """'141 with active SNAP', 'Totals ... | 1 HCV |', '| Receiving SNAP | 131 | 61% |', '6 de ellos
    recibían ...': figures about many households, however the program is worded."""
    assert find(text, ENTITY) == []


def test_a_year_before_with_is_no_count(find):
    """'since 2019 with a Section 8 voucher': a year, not a count of households."""
    assert covered(
        find("She has rented the unit since 2019 with a Section 8 voucher.", ENTITY), "Section 8 voucher"
    )
