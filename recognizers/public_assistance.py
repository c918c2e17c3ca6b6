"""PUBLIC_ASSISTANCE: receipt of public assistance and benefit case numbers.

"SNAP benefits" about a person is confidential; "the SNAP office on Church
Street" or "changes to SNAP eligibility rules" is not. The neighbour rules in
`data/public_assistance.*.yaml` drop offices, policies and unchecked form
options; a program named bare ("SNAP", "Medicaid") must also have a person in
its sentence, or it is a program, not a person's benefit.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers.base import CHECKED_BOX, FLAGS, UNCHECKED_OPTION, CuedPatternRecognizer, window
from recognizers.table_columns import RULE, csv_cells, located_result, ruled_tables

# Program names that, alone, may be about a program rather than a person.
BARE_PROGRAM = re.compile(
    r"(?:SNAP|EBT|TANF|TFA|WIC|SSI|SSDI|Medicaid|HUSKY(?:\s+[A-D])?|CEAP|LIHEAP|CHIP|HCV|welfare|"
    r"public\s+assistance|energy\s+assistance|general\s+assistance|Section\s+8|housing\s+choice|food\s+stamps?)"
    r"(?:\s+(?:energy|heating|fuel|cash|rental|food)\s+assistance)?"  # "CEAP energy assistance"
    r"(?:\s+housing)?(?:\s+choice)?(?:\s+voucher)?(?:\s+program)?",  # "Section 8 Housing Choice Voucher program"
    FLAGS,
)


# The confidential categories themselves, named in a policy or a notice.
CONFIDENTIAL_CATEGORY = re.compile(
    r"\b(?:social\s+security\s+numbers|immigration\s+status|sexual\s+orientation|income\s+tax|"
    r"(?:victim|witness)\s+of\s+a\s+crime|crime\s+witness|domestic\s+violence)\b",
    FLAGS,
)


# A checked box whose option is a program: "[X] HUSKY A (Medicaid)", "☒ SNAP".
CHECKED_PROGRAM = re.compile(CHECKED_BOX + r"[ \t]*" + BARE_PROGRAM.pattern, FLAGS)
# The program (or DSS) a label names before its number: "SNAP\n  Member ID", "DSS Client ID".
LABEL_PROGRAM = re.compile(r"\bDSS\b|" + BARE_PROGRAM.pattern, FLAGS)
# An insurance field whose value is a public program: "Primary insurance ..... HUSKY A (Medicaid)",
# "Coverage: Medicaid"; a member number on the next lines is that program's.
PROGRAM_COVERAGE_FIELD = re.compile(
    r"\b(?:insurance|coverage|payer|seguro)\b[^:\n]{0,20}(?::|[ \t]\.{2,})[^\n]{0,30}?\b(?:"
    + BARE_PROGRAM.pattern
    + r")",
    FLAGS,
)
# Where a checked option's words end: at the next box, a wide gap or the line's end.
OPTION_END = re.compile(r"[ \t]*(?:[\[☐□☒☑]|[ \t]{2}|\n|$)")
# A checked box earlier on the line with no other box between: the words after it are its option.
CHECKED_OPTION_BEFORE = re.compile(CHECKED_BOX + r"[^\[\]☐□☒☑\n]{0,40}$")


# A ruled table's column of members' numbers ("Member ID", "Client no."): in a row whose
# coverage cell names a public program ("HUSKY A"), the number is that program's.
MEMBER_NUMBER_HEADER = re.compile(
    r"\b(?:member|recipient|client|beneficiary|case)\s*(?:id|no\.?|#|number)(?![\w])", FLAGS
)
PROGRAM_CELL = re.compile(BARE_PROGRAM.pattern + r"(?:\s*\([^()\n]{1,30}\))?", FLAGS)
MEMBER_NUMBER = re.compile(r"(?<![\w-])[A-Z]{0,3}-?\d{4,}(?![\w-])")


# A share or a count of people: a sentence about many, not one household.
AGGREGATE = re.compile(
    r"\d(?:[.,]\d+)?[ \t]*%|\b\d+[ \t]+(?:out[ \t]+of|of[ \t]+every|de[ \t]+cada)[ \t]+\d+\b|"
    # (a count too large for one household: not "SNAP para 4 personas", "client and 3 children")
    r"\b\d(?:\d|,\d)+[ \t]+(?:(?:new|eligible|local)[ \t]+)?(?:people|persons|personas|famil(?:y|ies)|familias|households|hogares|"
    r"residents|residentes|clients|clientes|seniors|adults|adultos|children|ni[nñ]os|students|estudiantes|"
    r"participants|participantes|applicants|solicitantes|tenants|inquilinos)\b",
    FLAGS,
)


# A count of households right before a program: "141 with active SNAP", "6 de ellos recibían ..."
# (a count, never a year: "since 2019 with a Section 8 voucher").
COUNT_BEFORE = re.compile(
    r"(?<![\w/,.-])\d{1,3}[ \t]+(?:with|de[ \t]+ell[oa]s|of[ \t]+them)\b[^.;|\n]{0,30}$", re.I
)
# A totals line ("Totals for worker: 7 open cases | 1 with active SNAP | 1 HCV | 1 SSI"), where a
# count, a cell or "1 with", "1 on", "1 receiving" comes right before the program.
TOTALS_LINE = re.compile(r"^[ \t|]*(?:totals?|program-level|subtotal|summary)\b", re.I)
TOTALS_COUNT_BEFORE = re.compile(
    r"(?<![\w/,.-])\d{1,3}[ \t]+(?:(?:with|on|receiving|de[ \t]+ell[oa]s|of[ \t]+them)\b[^.;|\n]{0,30})?$",
    re.I,
)
# A table row whose cell is a share: "| Receiving SNAP | 131 | 61% |".
SHARE_CELL = re.compile(r"\|[ \t]*\d+(?:\.\d+)?[ \t]*%[ \t]*\|")


def _counted(text: str, result: RecognizerResult) -> bool:
    """Whether a match is a figure about many: a count, a totals line or a share in its row."""
    line_start = text.rfind("\n", 0, result.start) + 1
    line_end = text.find("\n", result.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    before = text[line_start : result.start]
    if TOTALS_LINE.search(line) and ("|" in before or TOTALS_COUNT_BEFORE.search(before)):
        return True
    if SHARE_CELL.search(line):
        return True
    return bool(COUNT_BEFORE.search(re.split(r"[.;]\s|\n", before)[-1]))


def _ruled_row(text: str, position: int) -> bool:
    """Whether the line at `position` is a row of a fixed-width table under a dashed rule."""
    line_start = text.rfind("\n", 0, position) + 1
    for line in reversed(text[:line_start].split("\n")[:-1]):
        if not line.strip():
            return False
        if RULE.match(line):
            return True
    return False


class PublicAssistanceRecognizer(CuedPatternRecognizer):
    CATEGORY = "public_assistance"
    ENTITY = "PUBLIC_ASSISTANCE"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language)
        self.person_cues = [re.compile(rx, FLAGS) for rx in self.data.get("person_cues", [])]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        explanation = result.analysis_explanation
        if explanation and explanation.pattern_name == "PA-EN-MEMBER":
            above = text[max(0, result.start - 300) : result.start]
            begin = result.start  # the two lines above and this one's start, without splitting the text
            for _ in range(3):
                begin = text.rfind("\n", 0, begin) if begin > 0 else -1
                if begin < 0:
                    break
            lines_above = text[begin + 1 : result.start]
            return (
                result
                if CHECKED_PROGRAM.search(above) or PROGRAM_COVERAGE_FIELD.search(lines_above)
                else None
            )
        if explanation and explanation.pattern_name in ("PA-EN-03", "PA-EN-08"):
            # "[ ] SNAP\n Member ID: ...": the program before the ID is an option nobody chose
            program = None
            for program in LABEL_PROGRAM.finditer(text, max(0, result.start - 120), result.start):  # noqa: B007
                pass
            between = text[program.end() : result.start] if program is not None else ""
            if (
                program is not None
                and program.group(0).upper() != "DSS"  # "DSS Client ID": the agency, no option
                and len(between) <= 40
                and "[" not in between
            ):  # the label's own program
                line_start = text.rfind("\n", 0, program.start()) + 1
                if UNCHECKED_OPTION.search(text[line_start : program.start()]):
                    return None
        kept = super().refine(text, result)
        if kept is None or _counted(text, kept):
            return None
        grown = self.extend(text, RecognizerResult(kept.entity_type, kept.start, kept.end, kept.score))
        # a parenthesis grown onto the name ("WIC (Women, Infants and Children)") adds no person
        grown_text = re.sub(r"\s*\([^)\n]*\)$", "", text[grown.start : grown.end])
        insured = explanation is not None and explanation.pattern_name == "PA-EN-INSURED"  # a patient's plan
        if BARE_PROGRAM.fullmatch(grown_text) and not insured and not self._about_a_person(text, kept):
            return None  # still a bare program name once grown to its neighbour words
        line_start = text.rfind("\n", 0, kept.start) + 1
        option = CHECKED_OPTION_BEFORE.search(text[line_start : kept.start])
        box = re.match(CHECKED_BOX + r"[ \t]*", option.group(0)) if option else None
        if box and not re.search(r"[ \t]{2}", option.group(0)[box.end() :].rstrip(" \t")):
            # a checked option is labelled whole: "[X] Section 8 / RAP voucher", "[X] SSA benefit
            # letter (SSI)", "[X] HCV (Section 8) tenant-based voucher", up to the next box or gap
            # (not a number in the next column: "[X] SNAP      DSS case no. 1009928371")
            end = OPTION_END.search(text, kept.end).start()
            if end - kept.end <= 40:
                kept.start = min(kept.start, line_start + option.start() + box.end())
                kept.end = max(kept.end, end)
        return kept

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[override]
        return super().analyze(text, entities, nlp_artifacts, regex_flags) + self._member_numbers(text)

    def _member_numbers(self, text: str) -> list[RecognizerResult]:
        """A ruled roster's member numbers, in the rows whose coverage is a public program:

        Student          DOB         Insurance     Member ID
        ---------------  ----------  ------------  ---------
        Tavares, Jaden   03/02/2015  HUSKY A       004471920
        """
        results = []
        for header, columns, rows in ruled_tables(text):
            wanted = [(a, b) for a, b in columns if MEMBER_NUMBER_HEADER.search(header[a:b])]
            for row_start, line in rows if wanted else []:
                if not any(PROGRAM_CELL.fullmatch(line[a:b].strip()) for a, b in columns):
                    continue  # "Anthem BCBS (private)   not billed"
                for a, b in wanted:
                    value = MEMBER_NUMBER.search(line, a, min(b, len(line)))
                    if value:
                        start, end = row_start + value.start(), row_start + value.end()
                        results.append(located_result(self, self.ENTITY, start, end, "ruled_member_number"))
        return results

    def _about_a_person(self, text: str, result: RecognizerResult) -> bool:
        """A person, a form field or a receipt verb in the same sentence as a bare program name."""
        around = window(text, result.start, result.end, 90)
        # a sentence ends at a stop before a capital, not after an honorific ("Ms. Holt says")
        before = re.split(r"(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)[.!?]\s+(?=[A-Z])|\n\s*\n", around.before)[-1]
        after = re.split(r"[.!?](?:\s|$)|\n\s*\n", around.after)[0]
        sentence = f"{before} {after}"
        if re.search(r"(?:[:\]]|☒|☑|[ \t]\.{2,})[ \t]*$", before) or re.match(
            r"[ \t]*(?::|\((?![A-Z][a-z]+,?\s+(?:[A-Z]|and\b|of\b)))", after
        ):
            # a form field: "Household SNAP: yes", "[X] SNAP", "SNAP (approved)", a dot leader's
            # "INSURANCE (MEDICAL) .. HUSKY D"; not the
            # expansion of a program's name in a guide: "WIC (Women, Infants and Children)"
            return True
        if CHECKED_OPTION_BEFORE.search(around.line_before):
            return True  # part of a checked option: "[X] SSA benefit letter (SSI)"
        if len(CONFIDENTIAL_CATEGORY.findall(sentence)) >= 2:
            return False  # the order's list of what is confidential: "SSNs, public assistance, immigration status"
        if AGGREGATE.search(sentence):
            return False  # a figure about many: "El 58% preguntó por SNAP", "WIC participation fell 6%"
        if re.search(r"\b(?:on|your|tu|su)\s*$", before, re.I):
            return True  # "on SNAP", "Your Housing Choice Voucher is due for recertification"
        if re.match(
            r"\s+(?:is\s+|was\s+)?(?:confirmed\s+|verified\s+|still\s+|now\s+)?(?:active|approved|pending|current|terminated)\b",
            around.after,
            re.I,
        ):
            return True  # the state of one case: "Medicaid confirmed active for this admission"
        if re.match(r"\s*(?:No\.?|#|number)\s*[A-Z]{0,4}-?\d", around.after):
            return True  # one household's voucher: "Housing Choice Voucher No. HCV-0048812"
        if around.line_before.count("|") + around.line_after.count("|") >= 2:
            return True  # a cell of a table row about one household
        if _ruled_row(text, result.start):
            return True  # a cell of a fixed-width roster's row: "Tavares, Jaden   03/02/2015   HUSKY A"
        if around.line_before.count("\t") + around.line_after.count("\t") >= 2:
            return True  # a cell of a tab-separated row
        line = around.line_before + text[result.start : result.end] + around.line_after
        cells = csv_cells(line) if line.count(",") >= 4 else []
        if len(cells) >= 5 and not any(line[a:b].startswith(" ") for a, b in cells):
            # a cell of a comma-separated export's row (quoted cells may hold commas); a list
            # in prose ("SNAP, TANF, SSI, SSDI") has a space after each comma
            return True
        return any(rx.search(sentence) for rx in self.person_cues)
