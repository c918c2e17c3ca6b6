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
        ("The family resettled in the U.S. as refugees in March 2023.", "resettled in the U.S. as refugees"),
        ("They applied for green cards (I-485) in March 2024.", "applied for green cards (I-485)"),
        (
            "indica que el Sr. Torres no cuenta con estatus migratorio regular.",
            "no cuenta con estatus migratorio regular",
        ),
        ("She is a DACA recipient.", "DACA recipient"),
        ("He is currently in removal proceedings.", "in removal proceedings"),
        ("ICE lodged an immigration detainer on him.", "immigration detainer"),
        ("The State was told that ICE has lodged a detainer with DOC.", "ICE has lodged a detainer"),
        ("La defensora informa que el acusado tiene detainer de ICE.", "detainer de ICE"),
        ("Marta R. Villanueva    Esposa    58 años   no ciudadana elegible", "no ciudadana elegible"),
        (
            "Ella me dijo que entró con visa de turista en 2016\ny se quedó.",
            "entró con visa de turista en 2016\ny se quedó",
        ),
        ("Sé que yo vine con visa H-2B y se me venció hace un año.", "vine con visa H-2B y se me venció"),
        (
            "Dilcia dice que cruzó la frontera sin\ninspección en octubre.",
            "cruzó la frontera sin\ninspección",
        ),
        (
            "Él no es ciudadano y tiene una orden de\ndeportación de hace años.",
            "tiene una orden de\ndeportación",
        ),
        ("He stated he is here on a student visa and was worried.", "is here on a student visa"),
        ("A-number: A123-456-789", "A123-456-789"),
        ("She has TPS status.", "TPS status"),
        ("Se le venció la visa en 2020.", "venció la visa"),
        ("Yo tengo TPS pero mi permiso de trabajo se venció en agosto.", "permiso de trabajo se venció"),
        (
            "Su permiso de trabajo (EAD) vencido en 2022 fue mencionado.",
            "permiso de trabajo (EAD) vencido en 2022",
        ),
        (
            "la detective firmó la certificación (formulario I-918, Suplemento B) ayer",
            "certificación (formulario I-918, Suplemento B",
        ),
        (
            "Citizenship: [ ] U.S.  [X] Foreign national - Country of citizenship: Guatemala",
            "Foreign national",
        ),
        ("Dijo que es indocumentada.", "indocumentada"),
        ("Pending U-visa certification requested by the victim's attorney.", "U-visa certification"),
        (
            "NCIC returned an ICE immigration detainer (Form I-247A) for him.",
            "ICE immigration detainer (Form I-247A)",
        ),
        ("It also returned an administrative warrant (I-200).", "administrative warrant (I-200)"),
        ("The arrestee is subject to a final order of removal.", "subject to a final order of removal"),
        ("NCIC reflects an outstanding final order of removal.", "outstanding final order of removal"),
        ("She has a pending naturalization application.", "pending naturalization application"),
        ("Actualmente no tengo estatus migratorio y tengo miedo.", "no tengo estatus migratorio"),
        ("Caso de asilo pendiente en la corte de Hartford.", "Caso de asilo pendiente"),
        (
            "Firmen el formulario I-918, Suplemento B (certificación de\nvisa U) para mi caso.",
            "formulario I-918, Suplemento B (certificación de\nvisa U)",
        ),
        ("Solicitud de certificación para visa U", "certificación para visa U"),
        ("Her sister doesn't have papers. She doesn't want problems.", "doesn't have papers"),
        ("I am afraid to give a statement because I don't have papers.", "I don't have papers"),
        ("She is not a lawful permanent resident and has no other status.", "no other status"),
        ("Lockup received an I-247A immigration\ndetainer naming him.", "I-247A immigration\ndetainer"),
        ("and an I-200 administrative warrant.", "I-200 administrative warrant"),
        ('NCIC shows an "immigration violator" file entry.', "immigration violator"),
        ("Status info: asylum application pending (affirmative).", "asylum application pending"),
        ("El Sr. Quiñones no tiene ninguna orden de deportación.", "no tiene ninguna orden de deportación"),
        ("Miembros del hogar no elegibles por estatus migratorio: 1", "no elegibles por estatus migratorio"),
        ("[X] A citizen of the United States", "A citizen of the United States"),
        ("She is in the country on an H-4 dependent visa.", "H-4 dependent visa"),
        (
            "NCIC: ICE ADMIN WARRANT (IMMIGRATION VIOLATOR FILE)",
            "ICE ADMIN WARRANT (IMMIGRATION VIOLATOR FILE)",
        ),
        (
            "Status: Temporary Protected Status (TPS), Haiti designation.",
            "Temporary Protected Status (TPS), Haiti designation",
        ),
        ("She entered on a tourist visa in 2022 and has overstayed.", "entered on a tourist visa"),
        ("She entered on a tourist visa in 2022 and has overstayed.", "overstayed"),
        (
            "NCIC returned an ICE administrative warrant for removal.",
            "ICE administrative warrant for removal",
        ),
        ("Her two-year green card is based on her marriage.", "two-year green card"),
        ("Referred to counsel for a VAWA self-petition consultation.", "VAWA self-petition"),
        ("Kofi (son, 12) and Ama (daughter, 8), both U.S. citizens by birth", "U.S. citizens"),
        ("Asylum applicant; EAD (work permit) pending", "EAD (work permit) pending"),
        ("Re: Request for Form I-918, Supplement B certification", "Form I-918, Supplement B certification"),
        ("I don't want problems. I have my papers, I have my green card.", "have my papers"),
        ("I don't want problems. I have my papers, I have my green card.", "have my green card"),
        ("Oiga, yo tengo mis papeles, tengo mi green card.", "tengo mis papeles"),
        # completing a person's U-visa certification is about that person's status
        ("We ask that NHPD complete a U-visa certification for Ms. Ortiz.", "U-visa certification"),
        (
            "Tiene Estatus de Protección Temporal (TPS) por Honduras.",
            "Estatus de Protección Temporal (TPS) por Honduras",
        ),
        ("She entered on a B-3 visa that expired in\n2022.", "visa that expired in\n2022"),
        ("He has never had any other status since.", "has never had any other status"),
        ("Has TPS (Honduras); renewal filed.", "TPS (Honduras)"),
        ("Head: Mr. and Mrs. Petrenko. Both lawful permanent residents.", "lawful permanent residents"),
        ("She asked whether her green card, left in the car, could be replaced.", "green card"),
        ("He entered the United States in 2015\nwithout inspection, the packet says.", "without inspection"),
        (
            "Re: U visa request for Ms. Ortiz. I recommend the Chief sign the Supplement B.",
            "Supplement B",
        ),
        ("Attachments: I-918 packet; draft I-918B; case summary.", "I-918B"),
        ("Peru is not a TPS country - she may mean her pending asylum claim.", "pending asylum claim"),
        (
            "Employee attests: [ ] U.S. citizen  [ ] Noncitizen national  [X] Noncitizen authorized to work",
            "Noncitizen authorized to work",
        ),
        ("Arrived 2023 under Uniting for Ukraine parole.", "Uniting for Ukraine parole"),
        ("La Sra. Mejía es beneficiaria de TPS (Honduras).", "beneficiaria de TPS (Honduras)"),
        ("Usted nos indicó que es residente permanente legal desde 2021.", "residente permanente legal"),
        (
            "Usted me mostró su tarjeta de residente permanente; no necesitamos nada más.",
            "tarjeta de residente permanente",
        ),
        # a citizenship question answered by its checked box, for each person it asks about
        ("4. ¿Ciudadano(a) de EE.UU.?   Usted: [ ] Sí [X] No     Cónyuge: [X] Sí [ ] No", "No"),
        ("4. ¿Ciudadano(a) de EE.UU.?   Usted: [ ] Sí [X] No     Cónyuge: [X] Sí [ ] No", "Sí"),
        ("Are you a U.S. citizen?  [ ] Yes  [X] No", "No"),
        ('contestó llorando: "Yo tengo mi residencia, yo no le hago daño a nadie."', "tengo mi residencia"),
        ("le gritó que ella estaba ilegal y que iba a llamar a la migra", "estaba ilegal"),
        ("POB: Kingston, Jamaica     Country of citizenship: Jamaica", "Jamaica"),
        (
            "Estoy esperando mi residencia y mi abogado me dijo que no me meta en nada.",
            "esperando mi residencia",
        ),
        ("Adjunto: I-918 Suplemento B (certificado, 3 págs.)", "I-918 Suplemento B"),
        (
            "Según su carta, su clienta está en proceso de deportación ante la corte de inmigración de Hartford.",
            "proceso de deportación ante la corte de inmigración",
        ),
        ("Tiene audiencia en la corte de inmigración el 3 de marzo.", "audiencia en la corte de inmigración"),
        # an empty box on the line above is not this line's option
        (
            "[ ] U.S. citizen   [X] Lawful permanent resident   [ ] Declined\nAlien Registration No.: A-204-877-315",
            "A-204-877-315",
        ),
        (
            "Tiene una solicitud de asilo pendiente y todavía no tiene permiso de trabajo.",
            "todavía no tiene permiso de trabajo",
        ),
        # the words around a status that a records officer would also take out
        ("Yo tengo miedo porque yo no tengo estatus aquí.", "no tengo estatus"),
        (
            "- Solicitud de asilo pendiente ante USCIS (I-589 presentado 08/2022).",
            "Solicitud de asilo pendiente ante USCIS (I-589 presentado 08/2022)",
        ),
        (
            "- Permiso de trabajo (EAD) categoría C08, vence 09/2025.",
            "Permiso de trabajo (EAD) categoría C08",
        ),
        ("- Hijo (derivado en la solicitud de asilo).", "derivado en la solicitud de asilo"),
        ("3. Renovación de EAD - cita con abogada el 20/06.", "Renovación de EAD"),
        ("[X] Qualified non-citizen (LPR card no. IOE0918834127)", "LPR card no. IOE0918834127"),
        (
            "The family arrived in 2021 on humanitarian parole (Operation Allies Welcome).",
            "on humanitarian parole (Operation Allies Welcome)",
        ),
        (
            "His father's Special Immigrant Visa application is still pending.",
            "Special Immigrant Visa application",
        ),
        (
            "the family's affirmative asylum case (I-589, filed March 2022)",
            "affirmative asylum case (I-589, filed March 2022)",
        ),
        ("Farid is a derivative on that asylum application.", "derivative on that asylum application"),
        ("A-number is A 241 097 356 in case any paperwork asks.", "A-number is A 241 097 356"),
        ("She is in the U.S. under Uniting for Ukraine parole.", "under Uniting for Ukraine parole"),
        ("along with an administrative warrant of removal.", "administrative warrant of removal"),
    ],
)
def test_finds_status_statements(find, text, expected):
    assert covered(find(text, ENTITY), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Detectives met with agents at ICE's Hartford field office.",
        "The Refugee Resettlement office helps refugees find housing.",
        "Officers shall not inquire about a person's immigration status.",
        "The city's policy protects undocumented immigrants and their families.",
        "Residents are served regardless of immigration status.",
        "She showed a Guatemalan passport as identification.",
        "The administrative detainer was not honored; he was released on the charges only.",
        "Vine con mi hermana en 2019 y me quedé con ella.",
        "(No status information was provided with this request.)",
        "At the window, show your green card or a passport.",
        "Clerks may not ask whether a green card holder has a criminal record.",
        "Lawful permanent residents may apply for the city ID.",
        "Schedule A and Supplement B of the building permit application are attached.",
        "Peru is not a TPS country.",
        "He had his papers in a folder on the seat.",
        "Identificación mostrada: tarjeta de residente de New Haven (Elm City ID).",
        "[ ] A noncitizen national of the United States",
        "[X] A citizen   [ ] A lawful permanent resident (A-Number: ______)",
        "Call the Office of Immigrant and Refugee Affairs at 203-946-7000.",
        "Integrated Refugee & Immigrant Services, 235 Nicoll St",
        'Do not add commentary such as "witness is undocumented" to a report.',
        "Citizen complaint?  [X] Yes  [ ] No",
        "Es ilegal estacionar aquí.",
    ],
)
def test_ignores_places_and_policy(find, text):
    assert find(text, ENTITY) == []


def test_status_phrases_whole(find):
    cases = {
        "Because I overstayed my visa. I came on a tourist visa in 2019.": "came on a tourist visa",
        "for your client, Ms. Hrytsenko, who is seeking U nonimmigrant status.": "seeking U nonimmigrant status",
        "the visa expired in November 2022 and Thapa is currently out of status.": "visa expired in November 2022",
        "Citizenship:     [ ] U.S. citizen   [X] Non-U.S. citizen   [ ] Unknown": "Non-U.S. citizen",
        "12/02/2024 18:30 -- ICE Form I-247A (Immigration Detainer) received by fax": "ICE Form I-247A (Immigration Detainer)",
        "Estatus migratorio (para fondos federales): DACA vigente": "DACA vigente",
        "- 24-028810: Luz requested U-visa cert through her attorney -- route to Lt.": "U-visa cert",
        "[Okay. I do have residency. Thank you.]": "have residency",
        "Bondarenko, Kateryna | Ukrainian; paroled in under U4U": "paroled in under U4U",
        "Pt is an asylum seeker; his asylum interview is next month.": "asylum interview",
    }
    for text, phrase in cases.items():
        assert any(phrase in value for value in find(text, "IMMIGRATION_STATUS")), text


def test_spanish_asylum_sought_in_the_present(find):
    assert any(
        "pidiendo asilo" in v
        for v in find("Vinimos hace dos años. Estamos pidiendo asilo.", "IMMIGRATION_STATUS")
    )


def test_spanish_not_either_and_a_name_ending_like_in_or_on_is_not_grown_into(find):
    found = find("Efraín tampoco tiene papeles; él no es ciudadano.", "IMMIGRATION_STATUS")
    assert "tampoco tiene papeles" in found  # whole, and not "ín tampoco ..." from the end of the name


def test_an_i9s_numbered_checked_box_and_the_cards_category(find):
    """'[X] 4. A noncitizen authorized to work' (the I-9's numbered options) and the EAD's
    category code ('Employment Authorization Document (Form I-766), category C08')."""
    text = (
        "[ ] 1. A citizen of the United States\n"
        "[X] 4. A noncitizen authorized to work until (exp. date): 09/30/2026\n"
        "   Employment Authorization Document\n   (Form I-766), category C08, exp. 09/30/2026\n"
    )
    found = find(text, "IMMIGRATION_STATUS")
    assert "A noncitizen authorized to work" in found and "C08" in found, found
    assert find("Budget category C08 was closed.", "IMMIGRATION_STATUS") == []


def test_a_forms_citizenship_field(find):
    assert find("Place of birth: New Haven, CT     Citizenship: U.S.", "IMMIGRATION_STATUS") == ["U.S."]
    text = "Citizenship (booking field): Non-citizen - humanitarian parole (U4U), parole expired"
    assert find(text, "IMMIGRATION_STATUS") == ["Non-citizen - humanitarian parole (U4U), parole expired"]
    assert find("Citizenship and Immigration Services office hours", "IMMIGRATION_STATUS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ella está en proceso de asilo (tiene audiencia en 2025).", "Ella está en proceso de asilo"),
        ("Es que tengo mi caso de asilo pendiente y no quiero", "tengo mi caso de asilo pendiente"),
        (
            "- Es ciudadana americana (naturalizada en 2009); nacida en",
            "Es ciudadana americana (naturalizada en 2009)",
        ),
        ("como usted es residente permanente desde 1998 y nunca", "usted es residente permanente desde 1998"),
        ("Él no tiene papeles todavía, pero trabaja", "no tiene papeles todavía"),
        ("mentirosa. no tienes papeles ni na", "no tienes papeles"),
        ("Mi esposo, Nelson, él no tiene TPS.", "no tiene TPS"),
    ],
)
def test_spanish_status_with_its_time_and_its_manner(find, text, expected):
    """A status said whole in Spanish: how long, since when, how it was obtained, to 'tú', with
    its subject ('Ella', 'usted'; never 'él', folded like the article 'el')."""
    assert find(text, "IMMIGRATION_STATUS") == [expected]


def test_a_household_tables_citizenship_column(find):
    text = (
        "Ln  Name                        Rel.        DOB         SSN              Citizenship / status\n"
        "1   WASHINGTON, LORETTA J.      Head        04/19/1979  (see above)      (see above)\n"
        "2   WASHINGTON, DEVONTE A.      Son         09/02/2004  048-90-3316      Citizen\n"
        "3   MENDES TAVARES, ROSA        Other adult 08/27/1983  none             Eligible noncitizen (LPR)\n"
        "\n"
        "| Member | Relation | Ciudadanía |\n"
        "|---|---|---|\n"
        "| Ana | hija | Sí |\n"
    )
    found = find(text, ENTITY)
    assert found.count("Citizen") == 1 and "Eligible noncitizen (LPR)" in found and "Sí" in found
    assert not any("see above" in value for value in found)


def test_a_citizen_complaint_column_is_no_status(find):
    text = "| Date | Officer | Citizen complaint | Outcome |\n|---|---|---|---|\n| 03/02 | Ofc. Ruiz | Yes | closed |\n"
    assert find(text, ENTITY) == []


def test_a_parolee_is_immigration_parole_unless_the_record_is_about_criminal_parole(find):
    """'Parolee' in a parole officer's case notes is someone released from prison; in a
    referral with no such context it is a person paroled into the country."""
    criminal = (
        "PAROLE OFFICER CASE NOTES\nParolee:   FUNES, Alejandro   Inmate #: 398811\n"
        "PO: Gerald Mancini    Parole Manager: Lisa Tranh\nParolee reported to the district office."
    )
    assert find(criminal, ENTITY) == []
    referral = "Reason for referral: the client is a parolee and entered through Miami in 2023."
    assert find(referral, ENTITY) == ["is a parolee"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He came in 2022 on a visitor visa that has since expired.",
            "on a visitor visa that has since expired",
        ),
        ("He filed for asylum last fall on his own.", "filed for asylum"),
        ("He states he is in asylum proceedings and afraid.", "in asylum proceedings"),
        (
            "released from ICE detention in Hartford 2/7, has NTA court date in April",
            "released from ICE detention",
        ),
        ("released from ICE detention in Hartford 2/7, has NTA court date in April", "NTA court date"),
        ("States, my lawyer says ICE put a hold on me.", "ICE put a hold on me"),
        ("She entered the U.S. in 2023 as an unaccompanied minor.", "unaccompanied minor"),
        ("Ms. Aju has a pending case in immigration court.", "pending case in immigration court"),
        (
            "contó que tiene cita en la corte de inmigración de Hartford en marzo",
            "cita en la corte de inmigración",
        ),
        (
            "con este caso me deportan, porque mi green card es condicional todavía",
            "green card es condicional",
        ),
    ],
)
def test_held_by_or_before_immigration(find, text, expected):
    assert covered(find(text, ENTITY), expected)


def test_a_naturalization_certificate_shown_as_id_with_its_number(find):
    text = "Identificación en archivo: certificado de naturalización N.º 31884572; pasaporte (vencido)"
    assert covered(find(text, ENTITY), "certificado de naturalización N.º 31884572")
    assert covered(find("ID on file: naturalization certificate no. 31884572", ENTITY), "31884572")


def test_the_spanish_green_card_itself(find):
    """'Documentos verificados: ID, tarjeta de residente', 'su tarjeta de residente': the green-card
    document, as in English; not the city's 'Tarjeta de Residente Elm City'."""
    assert find("Documentos verificados: ID, tarjeta de residente, tarjeta de Seguro Social.", ENTITY) == [
        "tarjeta de residente"
    ]
    assert find("Documentos verificados: ID, licencia de conducir.", ENTITY) == []
    assert find("DSS le va a pedir copia de los dos lados de su tarjeta de residente.", ENTITY) == [
        "su tarjeta de residente"
    ]
    # the city's own ID is no status
    assert find("La tarjeta de residente Elm City se saca en City Hall.", ENTITY) == []
    assert find("Solicite o renueve su Tarjeta de Residente de Elm City.", ENTITY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Procedimientos: nunca detenida por inmigración.", "nunca detenida por inmigración"),
        ("CITIZENSHIP .......... [ ] U.S.   [X] LAWFUL PERM. RESIDENT   [ ] OTHER", "LAWFUL PERM. RESIDENT"),
    ],
)
def test_detention_told_in_spanish_and_an_abbreviated_permanent_resident(find, text, expected):
    assert covered(find(text, ENTITY), expected)


def test_a_threat_calling_her_illegal_in_spanish(find):
    """A text exhibit's threats: 'tu sabes q estas ilegal', 'a ver a quien le creen, a una mojada'
    (the slur as a noun), but never wet clothes or a wet street."""
    text = "Brayan: te reporto a inmigracion, tu sabes q estas ilegal\nBrayan: a ver a quien le creen, a una mojada"
    assert covered(find(text, ENTITY), "estas ilegal") and covered(find(text, ENTITY), "una mojada")
    assert find("Tenía la ropa mojada. Una toalla mojada en el piso. La calle estaba mojada.", ENTITY) == []


def test_a_session_on_a_status_in_general_in_spanish(find):
    """'Clínica de orientación sobre DACA y TPS' is a session on the topic, not anyone's status."""
    assert find("- Clínica de orientación sobre DACA y TPS (abogados voluntarios).", ENTITY) == []
    assert find("Ella tiene DACA.", ENTITY) == ["Ella tiene DACA"]


def test_staying_on_after_the_visa_expired(find):
    """'me quedé cuando se me venció la visa' and 'she stayed after her visa expired' tell the stay
    whole, not just the expiry; a visa that merely expires on a date tells no overstay."""
    spanish = "Por favor no me manden inmigración... me quedé cuando se me venció la visa, él dice."
    assert covered(find(spanish, ENTITY), "me quedé cuando se me venció la visa")
    english = "She says she stayed after her visa expired and that he tells her she will be deported."
    assert covered(find(english, ENTITY), "stayed after her visa expired")
    assert find("The conference stayed on schedule after the keynote ended.", ENTITY) == []


def test_spanish_detention_by_ice_a_joined_negation_and_a_mixed_status_family(find):
    """'Desde que ICE me detuvo en marzo' tells detention by ICE with ICE the subject; 'no es
    ciudadano ni tiene estatus migratorio elegible' is one statement; 'familia de estatus mixto'
    and 'a mixed-status household' tell a household's status, 'mixed-status families' in general not."""
    assert covered(find("Desde que ICE me detuvo en marzo no he podido trabajar.", ENTITY), "ICE me detuvo")
    joined = "Ramón Tejada (pareja), 44 - no es ciudadano ni tiene estatus migratorio elegible; no solicita."
    assert covered(find(joined, ENTITY), "no es ciudadano ni tiene estatus migratorio elegible")
    assert covered(
        find("Por ser familia de estatus mixto, la asistencia se prorratea.", ENTITY),
        "familia de estatus mixto",
    )
    assert covered(find("They are a mixed-status household.", ENTITY), "mixed-status household")
    assert find("Mixed-status families in the city may attend the clinic.", ENTITY) == []


def test_a_detainer_with_its_dhs_form_and_a_spanish_u_visa_certification(find):
    """'IMMIGRATION DETAINER (DHS FORM I-247A)' is one statement with its form; 'firmó la
    certificación I-918B' certifies a U visa, in Spanish as in English."""
    detainer = "FAX RECVD FROM ICE RE PRISONER CELL 14: IMMIGRATION DETAINER (DHS FORM I-247A). NOT HONORED."
    assert covered(find(detainer, ENTITY), "IMMIGRATION DETAINER (DHS FORM I-247A)")
    spanish = "El Det. Figueroa firmó la certificación I-918B y la envió por correo."
    assert covered(find(spanish, ENTITY), "certificación I-918B")


def test_saying_one_is_not_illegal_in_spanish_is_status(find):
    """'yo tengo permiso de trabajo, no soy ilegal': a person's own (negated) status; 'es ilegal
    manejar sin licencia' says what is against the law, about no one."""
    said = "Quiero decir que yo tengo permiso de trabajo, no soy ilegal, y no tengo miedo."
    assert covered(find(said, ENTITY), "no soy ilegal")
    law = "Le expliqué que es ilegal manejar sin licencia."
    assert not find(law, ENTITY)


def test_spanish_entry_without_inspection_and_papers_never_held(find):
    """'Entró sin inspección en 2015; nunca ha tenido papeles' and 'se le venció la visa de turista':
    how a person came in and what she never had, whole."""
    note = "- Entró sin inspección en 2015; nunca ha tenido papeles."
    found = find(note, ENTITY)
    assert covered(found, "Entró sin inspección") and covered(found, "nunca ha tenido papeles")
    expired = "Me dijo que a Yaritza se le venció la visa de turista en 2017."
    assert covered(find(expired, ENTITY), "se le venció la visa de turista")


def test_a_uscis_receipt_number_written_in_groups(find):
    """'IOE 0914 4471 62': a USCIS receipt number copied off a notice in groups of digits."""
    text = "El número de la tarjeta estaba en una foto en el celular: IOE 0914 4471 62 - te lo mando"
    assert covered(find(text, ENTITY), "IOE 0914 4471 62")


def test_a_social_security_cards_work_legend_is_status(find):
    """'VALID FOR WORK ONLY WITH DHS AUTHORIZATION' on a Social Security card says its holder is not
    a citizen or permanent resident."""
    text = 'Card legend: "VALID FOR WORK ONLY WITH DHS AUTHORIZATION"'
    assert covered(find(text, ENTITY), "VALID FOR WORK ONLY WITH DHS AUTHORIZATION")


def test_a_uscis_number_written_against_its_hash(find):
    """'Permanent Resident Card, USCIS# 071-449-218': the card's number, the '#' written on."""
    text = "- Permanent Resident Card, USCIS# 071-449-218, exp 2031"
    assert covered(find(text, ENTITY), "071-449-218")


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            'Dijo: "No quiero problemas, yo no tengo papeles y el dueño me dijo que no."',
            "yo no tengo papeles",
        ),
        ("El señor dijo que lleva 20 años sin papeles y que tiene miedo.", "lleva 20 años sin papeles"),
        (
            "- Esposa: per client, entró sin inspección en 2019. Did not ask further.",
            "entró sin inspección en 2019",
        ),
        (
            "La señora cuenta que la familia entró con parole humanitario el año pasado.",
            "entró con parole humanitario",
        ),
        ("Mamá dice que el papá tiene una visa negada y no puede venir por ahora.", "tiene una visa negada"),
        (
            "La Sra. Cedeño dice que recibió el permiso de trabajo y empieza el lunes.",
            "recibió el permiso de trabajo",
        ),
        ("Cliente llegó preocupado porque su TPS vence en julio.", "su TPS"),
        (
            "Client says he is not a permanent resident and has never had a green card.",
            "has never had a green card",
        ),
        ("Client attended consult; TPS re-registration filed per client.", "TPS re-registration filed"),
        (
            "[ ] U.S. citizen   [ ] Non-citizen national   [X] Qualified alien -- card shown",
            "Qualified alien",
        ),
    ],
)
def test_a_status_statement_keeps_its_subject_verb_and_time(find, text, statement):
    """The words that still tell the status beside the box: the speaker ('yo no tengo papeles'),
    the verb of coming or getting ('entró con parole humanitario', 'recibió el permiso de
    trabajo'), how long and since when ('lleva 20 años sin papeles', '... en 2019'), whose ('su
    TPS'), and a checked 'Qualified alien'."""
    assert covered(find(text, ENTITY), statement)


def test_the_spanish_article_el_is_no_subject(find):
    """'No tiene que mencionar el asilo': the article 'el' (folded like 'él') stays outside."""
    found = find(
        "Le dijimos que su caso sigue igual y que no tiene que mencionar el asilo en la entrevista.", ENTITY
    )
    assert not any(f.startswith("el ") for f in found)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Per V, he holds a conditional green card based on the marriage.", "conditional green card"),
        ("(He says they'll take away my conditional residency if I leave him.)", "conditional residency"),
        ('"Él dice que me van a quitar la residencia condicional si lo dejo."', "residencia condicional"),
        ("She has had permanent residency since 2015.", "permanent residency"),
    ],
)
def test_conditional_and_permanent_residency(find, text, statement):
    """A conditional green card and residency, in English and Spanish, and 'permanent residency'
    (not only 'permanent resident')."""
    assert covered(find(text, ENTITY), statement)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Citizenship: [ ] U.S.   [X] Non-U.S.   [ ] Unknown", "Non-U.S."),
        ("Me gritó: «no eres nadie aquí, ni siquiera eres ciudadana.»", "ni siquiera eres ciudadana"),
        ("se corrigió después: los mayores no tienen DACA, tienen asilo", "no tienen DACA"),
    ],
)
def test_a_checked_citizenship_field_and_spanish_second_person_and_plural(find, text, status):
    """A booking form's 'Citizenship: [X] Non-U.S.'; Spanish 'eres' (you are) and 'tienen' (they
    have) as 'es' and 'tiene' are, negated too."""
    assert covered(find(text, "IMMIGRATION_STATUS"), status)
    assert find("Citizenship: [ ] U.S.   [ ] Non-U.S.   [X] Unknown", "IMMIGRATION_STATUS") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("2444, that's correct, don't hold him on the ICE hit.", "ICE hit"),
        (
            "NCIC returns an ICE administrative warrant,\n           Immigration Violator File, not extraditable.",
            "administrative warrant,\n           Immigration Violator File",
        ),
        (
            "la cárcel lo entregó y fue trasladado a la custodia de ICE el 30/07.",
            "trasladado a la custodia de ICE",
        ),
    ],
)
def test_an_ncic_immigration_hit_and_spanish_ice_custody(find, text, status):
    """NCIC's immigration record on a driver ('the ICE hit', 'Immigration Violator File') and a
    husband handed to ICE ('trasladado a la custodia de ICE') are statements of status."""
    assert covered(find(text, "IMMIGRATION_STATUS"), status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Usted nos dijo que su hermano menor, que vive con usted, no tiene documentos",
            "no tiene documentos",
        ),
        ("llama. yo llamo a inmigracion. vos no tenés papeles y te van a deportar", "no tenés papeles"),
        ("Llegó de Honduras a los 6 años. Su DACA venció en 2022 mientras estaba preso", "DACA venció"),
        (
            "Dice que DOC le informó antes de salir que ICE no presentó un detainer",
            "ICE no presentó un detainer",
        ),
    ],
)
def test_spanish_without_documents_voseo_an_expired_daca_and_no_detainer(find, text, status):
    """'no tiene documentos', the Rioplatense 'vos no tenés papeles', 'su DACA venció' and 'ICE no
    presentó un detainer' (a detainer denied is still a statement about status)."""
    assert covered(find(text, ENTITY), status)


def test_no_identity_documents_is_no_status(find):
    assert find("No tiene documentos de identidad; se le explicó cómo pedir la tarjeta.", ENTITY) == []


def test_a_foreign_passports_number_is_no_a_number(find):
    """The spec: a foreign passport shown as ID is not status. 'Nigerian passport A09288117' has
    an A-number's shape; the word before it says what it is. An A-number after it is still one."""
    assert find("ID shown .............. Nigerian passport A09288117 (valid to 2029)", ENTITY) == []
    assert covered(find("Passport #: A12345678, A# 209-114-937", ENTITY), "209-114-937")


def test_a_supplement_b_cert_request_is_status_with_its_words(find):
    """'I-918B cert request' in a U-visa certification's e-mail: the form and the words after it."""
    text = "Subject: RE: I-918B cert request -- 24-019462. Following up on the U-visa cert for her."
    assert covered(find(text, ENTITY), "I-918B cert request")


def test_papers_of_something_else_are_no_status(find):
    """'él tiene mis papeles de impuestos' are tax papers; 'no tiene papeles de inmigración' is
    status, whole."""
    assert find("Yo no entiendo por qué él tiene mis papeles de impuestos.", ENTITY) == []
    assert covered(
        find("Dijo que su esposo no tiene papeles de inmigración.", ENTITY), "no tiene papeles de inmigración"
    )


def test_the_year_of_naturalization_in_parentheses(find):
    """'Citizenship: naturalized U.S. citizen (2016)': the year it was granted goes with it."""
    text = 'the line "Citizenship: naturalized U.S. citizen (2016)".'
    assert covered(find(text, ENTITY), "naturalized U.S. citizen (2016)")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("La cliente informó: [ ] U.S. citizen  [ ] LPR  [X] DACA (expired 2023)", "DACA (expired 2023)"),
        (
            "Notes: Client asked about renewing her DACA and worries the letter will come.",
            "renewing her DACA",
        ),
    ],
)
def test_a_status_with_its_state_or_its_renewal(find, text, span):
    """'DACA (expired 2023)' and 'renewing her DACA': the words beside the status say whose it is
    and how it stands, and go with it."""
    assert span in find(text, ENTITY)
