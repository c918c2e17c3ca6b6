"""FINANCIAL_RECORD: account, routing and card numbers, ITINs, payroll and tax figures."""

import pytest

from tests.helpers import covered

ENTITY = "FINANCIAL_RECORD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Direct deposit to checking account # 4456781234", "4456781234"),
        ("Routing number: 021000021", "021000021"),
        ("Her pay goes to Webster Bank, checking ending 6620, by direct deposit.", "6620"),
        ("Cuenta de banco: Santander, checking xxxx-xxxx-2217.", "xxxx-xxxx-2217"),
        ("Su cuenta de ahorros (terminada en 8834) con saldo de $143.27 al 31 de enero.", "$143.27"),
        ("ABA 211170101", "211170101"),
        # a dot leader between the label and its value, as on printed forms
        ("Routing/ABA no. ........ 211070175", "211070175"),
        ("Account no. ............ 4418 0027 93", "4418 0027 93"),
        ("Card number 4111 1111 1111 1111 was used", "4111 1111 1111 1111"),
        ("ITIN 912-78-4410", "912-78-4410"),
        ("Gross pay this period: $2,345.67", "$2,345.67"),
        # a figure beside "AMI" is still the person's pay
        ("Two pay stubs show gross pay of $1,284.50 and $1,301.75 biweekly, under 50% AMI.", "$1,301.75"),
        ("She works at a car wash for about $540/week.", "$540/week"),
        ("Ingreso mensual bruto (según talones de enero):  $2.140,00", "$2.140,00"),
        ("En su declaración de impuestos, con número ITIN 9 4 3 - 7 0 - 2 2 5 8.", "9 4 3 - 7 0 - 2 2 5 8"),
        ("Box 1 wages 45,210.33", "45,210.33"),
        ("with his full bank account number (0073318820, routing 221172186)", "0073318820"),
        ("Checking account (Webster Bank) ending 5521, balance $143.18", "5521"),
        ("Routing (all): 022000046", "022000046"),
        (
            "asked whether he needed a Social Security number to file a police report, and showed me"
            " an IRS letter with his ITIN, 912-74-4417.",
            "912-74-4417",
        ),
        ("Her 2023 adjusted gross income was $38,400.", "$38,400"),
        ("Federal income tax withheld   $4,512.00", "$4,512.00"),
        ("   City Employees' Retirement Fund      $181.70", "$181.70"),
        ("Banco: Webster Bank — ruta 211170101 — cuenta de cheques", "211170101"),
        ("Cuenta de ahorros, Banco Popular, terminación 4471: saldo $312.18", "4471"),
        ("Cuenta de cheques, Banco Popular n.º 4400918823: saldo promedio", "4400918823"),
        ("Banco: Santander Bank      Ruta (ABA): 231372691", "231372691"),
        ("Direct deposit to checking. Routing on voided check: 011100106.", "011100106"),
        ("His checking account at Ion Bank ends in 0772.", "0772"),
        ("Su estado de cuenta bancario (cuenta terminada en 3071).", "3071"),
        ("W-4 Step 3 dependents amount: $4,000", "$4,000"),
        ("Yoli stated he also took her Chase debit card (ending 3310) out of her purse.", "3310"),
        ("Item 2  Chase debit card, ending 3310, recovered from S1 jacket", "3310"),
        ("Olumide Grant - Yale New Haven Hospital (payroll, 2 biweekly stubs):  $4,118.62", "$4,118.62"),
        ("Gross monthly / Bruto mensual:   applicant $1,860.00   spouse $3,412.75", "$1,860.00"),
        ("La cuenta de cheques en Webster (núm. 3400729156) es compartida.", "3400729156"),
        ("Número de cuenta bancaria (Santander): 7104482915", "7104482915"),
        ("Line 1z  Wages, salaries, tips ............................ 83,907", "83,907"),
        ("Line 8   Additional income (Sch. 1) ....................... 4,464", "4,464"),
        ("Line 34  Overpaid / refund ................................. 1,302", "1,302"),
        ("Recipient TIN: 9XX-XX-4410     Nonemployee compensation: $12,667.00", "9XX-XX-4410"),
        ("Recipient TIN: 9XX-XX-4410     Nonemployee compensation: $12,667.00", "$12,667.00"),
        ("Talones presentados:\n   01/05/2024   bruto $604.00   neto $552.11", "$552.11"),
    ],
)
def test_finds_financial_values(find, text, expected):
    assert expected in find(text, ENTITY)


@pytest.mark.parametrize(
    "text",
    [
        "The suspect took $400.00 in cash from the register.",
        "Bond was set at $5,000.",
        "She pays $1,150 in rent each month.",
        "The department budget for 2024 is $1,250,000.00.",
        "A fine of $75.00 was imposed.",
        "Stolen property valued at $1,200.",
        "      Current support  $138.46 per pay period",
        "      Amount per court order: $52.00 per week",
        "2. Support Enforcement Services, $142.00/week, order dated 01/02/2024",
        "Child support received: $0 (none ordered).",
        "Bank statement review: 22 ATM withdrawals with the victim's card, totaling $9,800.00.",
        "Savings: online transfers from the victim's account to account (c), totaling $3,557.49.",
        "Sus ingresos son fijos. La renta del cuarto que encontró es de $750 al mes.",
        "3. INCOME (80% AMI limit for 3 = $85,450)",
        "Income limit for the 2023 program year (married): $45,300",
        "Applicants must earn less than $45,300 to qualify.",
        "Line 3   Rent paid to landlord .............. 1,200",
        "Copy: Owner (certified mail 7021 0950 0001 4472 1183); Tenant; ECC",
    ],
)
def test_ignores_amounts_that_are_not_a_persons_record(find, text):
    assert find(text, ENTITY) == []


def test_fixed_width_table_columns_under_a_dashed_rule(find):
    text = (
        "SECTION A -- DIRECT DEPOSIT CHANGES\n\n"
        "Emp ID  Employee              SSN          Bank / Routing / Account             Type\n"
        "------  --------------------  -----------  -----------------------------------  ----\n"
        "204417  OSEI, Kwabena         310448812    Webster / 211170101 / 0047718290     CHK\n"
        "118230  WOJCIK, Anna M.       XXX-XX-7190  Liberty Bank / 211174181 / 82-004419-3  SAV\n\n"
        "Prepared 03/04/2025 by payroll; batch 2025-014.\n"
    )
    financial = find(text, ENTITY)
    for value in ("211170101", "0047718290", "211174181", "82-004419-3"):
        assert value in financial, value
    assert not any("Webster" in f or "Liberty" in f or "204417" in f for f in financial)
    assert "310448812" in find(text, "US_SSN") and "XXX-XX-7190" in find(text, "US_SSN")


def test_pay_and_tax_columns_of_a_fixed_width_payroll_register(find):
    text = (
        "PAYROLL REGISTER -- DEPT 3300 (PARKS)         CHECK DATE 06/07/2024\n\n"
        "EMP#   NAME                  POSITION     GROSS       FED WH     FICA      NET        HOURS\n"
        "------ --------------------- ------------ ----------- ---------- --------- ---------- -----\n"
        "30115  ABERNATHY, LOIS K     GARDENER I   2,104.80    201.33     161.02    1,498.61   80.00\n"
        "30122  VUONG, MINH T         LABORER      1,850.00    150.10     141.53    1,311.07   72.50\n\n"
        "Headcount 42 budgeted; 2 shown.\n"
    )
    financial = find(text, ENTITY)
    for value in ("2,104.80", "201.33", "161.02", "1,498.61", "1,850.00", "1,311.07"):
        assert value in financial, value
    assert not any(v in financial for v in ("80.00", "72.50", "30115", "42"))


def test_a_fixed_width_file_read_by_its_record_layout(find):
    text = (
        "DIRECT DEPOSIT EXTRACT   Pay date: 03/14/2025\n"
        "Layout: 1 rec type | 3-7 emp no | 9-28 name | 30-38 SSN |\n"
        "  40-48 ABA routing | 50-61 account no | 63-72 net pay (cents)\n"
        "H CNHPAY                                                        20250314\n"
        "D 51120 TREMBLAY LUC R       041337905 211170101 770000991234 0000118822\n"
        "D 51134 ADEBAYO FOLA         038812290 011900254 5512093377   0000207310\n"
        "T RECORDS=0000002                                               0000326132\n"
    )
    financial = find(text, ENTITY)
    for value in ("211170101", "770000991234", "0000118822", "011900254", "5512093377", "0000207310"):
        assert value in financial, value
    assert "0000326132" not in financial  # the trailer's batch total is nobody's pay
    assert find(text, "US_SSN") == ["041337905", "038812290"]


def test_a_table_whose_first_column_names_the_field(find):
    text = (
        "| Field           | Old value              | New value                |\n"
        "|-----------------|------------------------|--------------------------|\n"
        "| Bank            | Wells Fargo            | Connex Credit Union      |\n"
        "| Routing (ABA)   | 121000248              | 211174262                |\n"
        "| Account         | 9915506637             | 00073318490              |\n"
        "| Allocation      | 100%                   | 100%                     |\n"
    )
    financial = find(text, ENTITY)
    for value in ("121000248", "211174262", "9915506637", "00073318490"):
        assert value in financial, value
    assert not any(f == "100" or "Wells" in f for f in financial)


def test_a_comma_separated_export_by_its_header_row(find):
    text = (
        "VENDOR_NO,PAYEE_NAME,DBA,TIN_TYPE,BOX1_NEC,CHECK_COUNT,CITY_DEPT\n"
        '100482,"HERNANDEZ RIOS, JOSE LUIS",JL Painting,SSN,14250.00,6,PARKS\n'
        '"HH_ID","HOH_NAME","UNIT","RENT_CHARGED","EARNED_INC_ANNUAL","DSS_CASE"\n'
        '"H-10455","Coleman, Bernice","Wolfe 611","281","23,816","0019284466"\n'
    )
    found = find(text, ENTITY)
    assert "14250.00" in found and "23,816" in found
    assert "281" not in found and "6" not in found  # rent and a count of checks
    assert "0019284466" in find(text, "PUBLIC_ASSISTANCE")


def test_pay_columns_of_a_table_aligned_by_spaces_under_its_header(find):
    text = (
        "RECORD LAYOUT: EMPID(6) NAME(24) SSN(11) GROSS(10) NET(10) ROUTING(9)\n"
        "--------------------------------------------------------------------\n"
        "EMPID  NAME                     SSN         GROSS      NET        ROUTING   EXC\n"
        "104418 ACHTERBERG, NOEL R       043-58-1190 2,104.62   1,522.08   211170101 R02\n"
        "104977 BALDASSARRE, GINA M      048-71-6603 3,017.31   2,188.40   221172186 R01\n"
        "--------------------------------------------------------------------\n"
        "TOTALS: 2 records\n"
    )
    financial = find(text, ENTITY)
    for value in ("2,104.62", "1,522.08", "3,017.31", "2,188.40", "211170101", "221172186"):
        assert value in financial, value
    assert not any("104418" in f or "R02" in f for f in financial)


def test_an_abbreviated_routing_label(find):
    found = find(
        "Checkbook, Webster Bank, acct 0071 8823 904, rtg 211170101, in name of owner", "FINANCIAL_RECORD"
    )
    assert "211170101" in found


PAY_STUB = (
    "CITY OF NEW HAVEN - PAYROLL DIVISION\n"
    "EARNINGS STATEMENT\n"
    "Employee: DELGADO-FINCH, RAMON A.          Pay Date: 09/27/2024\n\n"
    "EARNINGS              Hours     Rate        Current       YTD\n"
    "Regular               80.00     31.4420     2,515.36      47,792.14\n"
    "Overtime 1.5x          6.50     47.1630       306.56       5,884.03\n\n"
    "DEDUCTIONS\n"
    "Federal income tax                             231.40       4,396.60\n"
    "Medicare                                        41.50         788.74\n"
    "NET PAY                                      1,702.55\n"
)


def test_a_pay_stubs_bare_figures_but_not_its_hours(find):
    found = find(PAY_STUB, "FINANCIAL_RECORD")
    for figure in ("31.4420", "306.56", "231.40", "41.50", "788.74"):
        assert any(figure in value for value in found), figure
    assert not any("80.00" in value or value == "6.50" for value in found)


def test_a_w2_box_of_one_figure_below_a_thousand(find):
    text = (
        "FORM W-2  WAGE AND TAX STATEMENT 2023\n"
        "  Box 1   Wages, tips, other compensation     58,214.77\n"
        "  Box 2   Federal income tax withheld         6,402.10\n"
        "  Box 6   Medicare tax withheld               897.99\n"
        "  Overtime hours (memo)                       12.50\n"
    )
    found = find(text, "FINANCIAL_RECORD")
    assert "897.99" in found and "12.50" not in found


def test_a_spanish_tax_intakes_w2_boxes_and_refund(find):
    text = (
        "PROGRAMA VITA          Año tributario: 2023\n"
        " [X] Salarios (W-2)\n"
        "       Empleador 1: Sunrise Commercial Cleaning LLC\n"
        "           Casilla 1: $31,482.16   Casilla 2 (ret. fed.): $1,204.00\n"
        " [X] Trabajo por cuenta propia (efectivo): aprox. $6,200 según libreta\n"
        " Depósito directo: [X] Sí   Banco: Webster Bank\n"
        " - Cliente trajo carta de renta ($1,450/mes) y la tasación de su carro ($9,870).\n"
        " - Resultado: Reembolso federal $3,117, reembolso CT $412.\n"
        " - Reembolso de CT estimado: $402\n"
    )
    found = find(text, ENTITY)
    for figure in ("$31,482.16", "$1,204.00", "$6,200", "$3,117", "$412", "$402"):
        assert any(figure in value for value in found), figure
    assert not any("1,450" in value or "9,870" in value for value in found)


def test_spanish_pay_stubs_named_on_the_line_above_or_after_their_figures(find):
    text = (
        "Ingresos:\n"
        " - La Sra. Peña trabaja en una factoría de empaque. Talonarios de\n"
        "   agosto: $578.40, $601.15, $566.90 y $589.00 brutos semanales.\n"
    )
    found = find(text, ENTITY)
    for figure in ("$578.40", "$589.00"):
        assert any(figure in value for value in found), figure


def test_bare_decimals_outside_a_payroll_record_are_not_money(find):
    assert find("Breath test result 0.08 at 23:10; suspect walked 12.50 ft.", "FINANCIAL_RECORD") == []


def test_an_account_summary_table_under_balance_columns(find):
    text = (
        "CHECKING - MONTHLY SUMMARY\n"
        "Month      Opening bal.    Deposits       Withdrawals    Closing bal.\n"
        "Oct 2023   $18,442.17      $2,631.00      $4,910.00      $16,163.17\n"
    )
    found = find(text, "FINANCIAL_RECORD")
    assert "$18,442.17" in found and "$2,631.00" in found and "$16,163.17" in found


def test_a_card_named_by_its_last_four_digits(find):
    text = "10/05/2023  ATM withdrawal, card 4417      $500.00      Wells Fargo ATM"
    assert find(text, "FINANCIAL_RECORD") == ["4417"]


def test_released_pay_stub_read_again_finds_no_figure_in_a_redacted_row(find):
    released = (
        "EARNINGS STATEMENT   Pay period 09/09/2024 - 09/22/2024   YTD gross and net pay\n"
        "EARNINGS              RATE        HOURS      CURRENT        YTD\n"
        "Overtime 1.5       [FINANCIAL RECORD]         6.50       [FINANCIAL RECORD]\n"
    )
    assert find(released, "FINANCIAL_RECORD") == []


def test_masked_accounts_masked_itins_and_a_spouses_pay(find):
    assert find("Previous account (to close): Webster ****6612", "FINANCIAL_RECORD") == ["****6612"]
    assert find("Property tag ****6612 on the shelf", "FINANCIAL_RECORD") == []
    assert (
        find("applicant has ITIN 9XX-81-4420 (verified with 2024 tax return)", "FINANCIAL_RECORD")[0]
        == "9XX-81-4420"
    )
    assert "$2,310" in find("Spouse employment:   Sliced Deli (prep cook) -- $2,310", "FINANCIAL_RECORD")
    assert find("Youth employment (summer): $1,100,000 -- 1,050 jobs", "FINANCIAL_RECORD") == []


def test_account_endings_behind_a_note_or_a_column_gap(find):
    assert "9016" in find("Direct deposit acct (last 4, from stub) ..... 9016", "FINANCIAL_RECORD")
    text = "Cuenta bancaria verificada:             Santander, terminación 5530"
    assert "5530" in find(text, "FINANCIAL_RECORD")


def test_a_spanish_savings_account_at_a_named_bank(find):
    text = (
        "usted indicó la cuenta de ahorros del Banco Santander núm. 7730 4419 082, número de ruta 011075150."
    )
    assert {"7730 4419 082", "011075150"} <= set(find(text, "FINANCIAL_RECORD"))


def test_a_bank_statements_transaction_figures(find):
    text = (
        "   KEY EXPRESS CHECKING - STATEMENT PERIOD 04/01/2024 THROUGH 04/30/2024\n"
        "   SUMMARY\n"
        "   Beginning balance 04/01           $412.18\n"
        "   Ending balance 04/30              $333.92\n\n"
        "   WITHDRAWALS AND DEBITS\n"
        "   04/08  CVS/PHARMACY 00211                                   $21.47\n"
        "   04/22  WESTERN UNION 8823 (GHANA)                           $300.00\n"
    )
    found = set(find(text, ENTITY))
    assert {"$21.47", "$300.00", "$412.18"} <= found


def test_a_bank_statements_debits_and_summary_rows(find):
    """A bank statement's debits keep their minus sign ('-86.43'), a summary row of one figure
    ('Beginning Balance on 02/01   418.22') is hers, and a W-2's figures may come without
    commas ('31884.20')."""
    text = (
        "WEBSTER BANK, N.A.        Statement Period: 02/01/2024 - 02/29/2024\n"
        "ESSENTIAL CHECKING -- ACCOUNT SUMMARY\n"
        "  Beginning Balance on 02/01                418.22\n"
        "  Withdrawals and Debits (11)             1,655.87\n\n"
        "  Date   Description                                         Amount       Balance\n"
        "  02/03  STOP & SHOP #0612 NEW HAVEN                         -86.43      1,274.79\n"
        "  02/05  UNITED ILLUM BILLPAY WEB                           -142.18      1,132.61\n"
    )
    found = find(text, "FINANCIAL_RECORD")
    for value in ("418.22", "-86.43", "-142.18", "1,274.79"):
        assert any(value in f for f in found), (value, found)
    w2 = (
        "Form W-2 Wage and Tax Statement 2023\n"
        "1 Wages, tips, other comp.      2 Federal income tax withheld\n"
        "YALE NEW HAVEN HOSPITAL                             31884.20                   1902.55\n"
    )
    found = find(w2, "FINANCIAL_RECORD")
    assert any("31884.20" in f for f in found) and any("1902.55" in f for f in found), found


def test_spanish_account_ending_across_a_line_break(find):
    text = "OVS usará la cuenta que usted\n     puso en la solicitud, terminada en 5520."
    assert "5520" in find(text, "FINANCIAL_RECORD")


def test_a_statements_rows_whatever_they_describe(find):
    """In a statement's table under 'Date  Description  Amount  Balance', a teller withdrawal or
    a wire is still the account's record; the same words in a narrative keep the amount out."""
    text = (
        "2. RELEVANT CHECKING ACTIVITY, 06/01/2024 - 09/30/2024\n"
        "   -------------------------------------------------------------------\n"
        "   Date       Description                           Amount     Balance\n"
        "   -------------------------------------------------------------------\n"
        "   06/03/24   SSI PAYMENT US TREASURY 310           943.00   11,204.17\n"
        "   06/11/24   WITHDRAWAL - TELLER BR 02          -4,500.00    7,316.17\n"
        "   07/09/24   WIRE OUT - FED REF 20240709B1Q8   -19,500.00    6,371.17\n"
    )
    found = find(text, "FINANCIAL_RECORD")
    for value in ("943.00", "4,500.00", "19,500.00", "7,316.17"):
        assert any(value in f for f in found), (value, found)
    assert find("The suspect withdrew $4,500.00 from her account at the teller.", "FINANCIAL_RECORD") == []


def test_a_payroll_registers_direct_deposit_to_a_masked_account(find):
    """'DD chk ****1184': direct deposit to a checking account, masked to its last four."""
    row = "YW-2201 | ALSTON, TREVON | $878.64 | $761.88 | DD chk ****1184"
    assert "****1184" in find(row, "FINANCIAL_RECORD")
    assert "****5027" in find("YW-2203 | CRUZ, ANTHONY | $790.25 | DD sav ****5027", "FINANCIAL_RECORD")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "- Financial exploitation: joint BofA checking 4481 2290 1173, V's net pay goes there.",
            "4481 2290 1173",
        ),
        ("The routing # on her direct-deposit form is 011000138.", "011000138"),
    ],
)
def test_a_checking_account_in_groups_and_a_routing_number_from_a_form(find, text, number):
    """'checking 4481 2290 1173' without the word 'account'; 'routing # on her direct-deposit form
    is 011000138' with the form named between label and number - but no two years after 'Checking'."""
    assert covered(find(text, "FINANCIAL_RECORD"), number)
    assert find("Checking 2024 2025 budgets were reviewed.", "FINANCIAL_RECORD") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Routing / ABA number (9 digits): 211170101", "211170101"),
        (
            "En la billetera llevaba su tarjeta de débito del banco Santander, número\n"
            "5312 7740 0691 2268, que ya reportó como robada.",
            "5312 7740 0691 2268",
        ),
    ],
)
def test_a_routing_label_with_its_aba_and_a_spanish_card(find, text, value):
    """'Routing / ABA number (9 digits):' is one label; 'tarjeta de débito ... número' cues a card
    number that fails the Luhn check as 'card' does."""
    assert find(text, "FINANCIAL_RECORD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Judgment balance stated on execution: $4,812.33",
        "Protected amount (40 x CT minimum wage $16.35 x 2 weeks): $1,308.00",
        "Total tenant payment: $372.00",
        "HAP to owner: $1,378.00",
    ],
)
def test_a_wage_executions_court_figures_and_a_subsidys_rent_split(find, text):
    """A wage execution's judgment balance and its statutory protected amount, and a voucher's
    tenant payment and HAP to the owner, are court and program figures, not the employee's or the
    tenant's financial records - while the pay itself still is."""
    assert find(text, "FINANCIAL_RECORD") == []
    assert find("Gross pay this period: $2,140.00", "FINANCIAL_RECORD") == ["$2,140.00"]


def test_a_budget_tables_balance_column_is_no_account(find):
    """'Line item   Budget   Spent   Balance': what is left of a grant's budget line is no one's
    account balance; a bank statement's balance column still is."""
    budget = (
        "5. BUDGET STATUS (expenditures through 12/31/2024)\n"
        "   Line item                                   Budget      Spent      Balance\n"
        "   Youth Program Coordinator (0.5 FTE)         $27,500     $13,940    $13,560\n"
        "   Supplies / food                              $3,300      $1,412     $1,888\n"
    )
    assert find(budget, ENTITY) == []
    statement = (
        "Month        Opening bal.     Deposits     Balance\n"
        "January        $1,204.18     $2,300.00   $3,504.18\n"
    )
    assert "$3,504.18" in find(statement, ENTITY)


@pytest.mark.parametrize(
    "text",
    [
        "I recommend authority to settle for $22,500, inclusive of all liens, in exchange for a full release.",
        "Plaintiff's last demand was $60,000. Mediation is set for March 20.",
        "- Medical specials: $17,940 (YNHH ED, ortho follow-up, 14 PT visits).",
        "Settlement authority up to $22,500 - for approval by the Claims Committee on March 12.",
    ],
)
def test_a_claims_litigation_figures_are_no_financial_record(find, text):
    """A claim against the City: the settlement authority, the plaintiff's demand and the medical
    specials are the litigation's figures, not a person's financial record - though the claim
    file also holds her W-2 and pay stubs, where figures are hers."""
    memo = "Lost wages: plaintiff's W-2 and pay stubs (gross pay) were produced in discovery.\n" + text
    assert find(memo, ENTITY) == []


def test_an_account_label_then_ending_after_its_colon(find):
    """'Old account:        ending 0219 (People's/M&T)': the last four after the label's colon."""
    assert find("Old account:        ending 0219 (People's/M&T) - closed", ENTITY) == ["0219"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Estado de cuenta de Citizens Bank (febrero): saldo al cierre $214.09.", "$214.09"),
        ("- Depósito mensual de SSI: $943.00", "$943.00"),
        ("Depósitos mensuales: Seguro Social $1,212.00; SSI $214.00", "$1,212.00"),
    ],
)
def test_a_spanish_closing_balance_and_a_monthly_deposit(find, text, figure):
    """'saldo al cierre $214.09', 'depósito mensual de ...': a bank statement's figures."""
    assert figure in find(text, ENTITY)


def test_a_rentals_security_deposit_is_no_bank_figure(find):
    assert find("El arrendador pidió el depósito de seguridad ($1,400).", ENTITY) == []


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("- checkbook for her Citizens Bank checking account, acct. no. ending 5530;", "5530"),
        ("Account number:      ending in 4471", "4471"),
        ("Prior account (Wells Fargo, ending 7730) closed by employee.", "7730"),
        ("Bank stmt Citizens Bank chkg acct ending -7730, balance as of 04/01.", "7730"),
        ("emptied their joint acct at Webster Bank (acct ending 77104), approx", "77104"),
        ("Bank: Santander chk ...4128  bal (2/29)", "4128"),
        ("y ya te quite la tarjeta del banco, la que termina en 0925, a ver", "0925"),
    ],
)
def test_an_accounts_last_digits_in_more_ways(find, text, digits):
    """'acct. no. ending', 'number: ending in', '(Bank, ending …)', 'ending -7730', five digits,
    an ellipsis for the rest ('chk ...4128') and Spanish 'la que termina en': the account's digits."""
    assert digits in find(text, ENTITY)


def test_a_year_after_an_account_word_is_no_account(find):
    assert find("Checking      2024 statement   Savings     1000.00", ENTITY) == []


@pytest.mark.parametrize(
    ("export", "rate"),
    [
        (
            "emp_id,last_name,first_name,dept,hourly_rate,annual_salary,ssn\n100482,Valdez,Marisol,DPW,29.41,,XXX-XX-3317\n",
            "29.41",
        ),
        (
            "emp_id,last_name,first_name,worksite,hours,rate,gross,net\nY24-0112,Alvarado,Jasmine,Ives Library,48.0,15.69,753.12,695.51\n",
            "15.69",
        ),
    ],
)
def test_a_payroll_exports_rate_column(find, export, rate):
    """An employee's hourly rate is a payroll figure: 'hourly_rate', or 'rate' beside hours and pay."""
    assert rate in find(export, ENTITY)


def test_a_rate_column_in_a_table_of_counts_is_no_pay(find):
    assert find("district,crimes,rate,change\nDixwell,120,4.5,-2\nHill,98,3.9,1\n", ENTITY) == []
