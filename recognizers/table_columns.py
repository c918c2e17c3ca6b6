"""Values in a table column whose header names a confidential field.

"| Name | SSN (last 4) | Program |" makes every cell below "SSN (last 4)" an SSN
fragment, though the cell holds only "0384": no pattern can see that from the
cell alone, the header says it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

# Header words per entity; a cell below them is that entity's value.
COLUMN_HEADERS = {
    "US_SSN": re.compile(r"\b(?:SSN|S\.S\.N\.?|SS\s?#|social\s+security|seguro\s+social)\b", re.I),
    "FINANCIAL_RECORD": re.compile(
        r"\b(?:routing|ABA|RTN|(?:bank\s+)?account|acct|(?:numero\s+de\s+)?cuenta|ruta)\b", re.I
    ),
}
# Header words of a column of a person's pay or tax figures, in a delimited export
# ("EARNED_INC_ANNUAL", "BOX1_NEC", "Box 2 Fed W/H"), unless the column is rent or a fee.
MONEY_HEADER = re.compile(
    r"\b(?:wages?|salary|earn(?:ed|ings)?|income|inc|gross|net(?:\s+pay)?|box\s*\d+[a-z]?|nec|w\s*/\s*h|wh|withh\w*|"
    r"fica|ytd|1099|deductions?|(?:hourly|pay|base|wage|step)\s*rate|rate\s+of\s+pay|hourly)\b",
    re.I,
)
# A bare "rate" column is the pay rate only beside hours or pay columns: "hours,rate,gross,net".
RATE_HEADER = re.compile(r"\A(?:rate|tarifa)\Z", re.I)
HOURS_HEADER = re.compile(r"\b(?:hours?|hrs)\b", re.I)
# A money cell: "2,418.40", "$1,702.55", or a payroll file's cents "0000132455".
MONEY_CELL = re.compile(r"\$?-?\d[\d,]*(?:\.\d{1,2})?")
NOT_MONEY_HEADER = re.compile(r"\b(?:rent|ttp|fee|fine|bail|cost|price|budget|arrears|owed|count)\b", re.I)
# A benefit case number's column: "DSS_CASE", "SNAP case #", "Medicaid ID".
ASSISTANCE_CASE_HEADER = re.compile(
    r"\b(?:DSS|SNAP|TANF|Medicaid|HUSKY|WIC|EBT)\b(?:.*\b(?:case|id|no|num|number)\b|\s*#)", re.I
)
# A household table's citizenship column ("Citizenship / status", "Ciudadanía") and the status
# alone in one of its cells: "Citizen", "Eligible noncitizen (LPR)", "Sí".
CITIZENSHIP_HEADER = re.compile(
    r"\b(?:citizen(?:ship)?(?!\s+(?:complaint|review|police|academy|advisory))|immigration\s+status|estatus\s+migratorio|ciudadan(?:ia|ía|o|a))\b",
    re.I,
)
STATUS_CELL = re.compile(
    r"(?:(?:U\.?\s?S\.?|eligible|ineligible|naturali[sz]ed)\s+)?(?:citizen|non-?citizen|national)"
    r"(?:\s*\([^()\n]{1,30}\))?|(?:lawful\s+)?permanent\s+resident|LPR|refugee|asylee|parolee|TPS|DACA|"
    r"undocumented|ciudadan[oa](?:\s+\w+)?|residente(?:\s+permanente)?|yes|no|y|n|s[ií]",
    re.I,
)
# A benefit case number alone in its cell: "0041932258", "W-1188402".
CASE_CELL = re.compile(r"(?:[A-Z]{1,5}\d{0,4}-)?\d[\dA-Z-]*\d")
# A comma-separated export: cells, quoted or not ("H-10422","Alvarez Medina, Rosa",...).
CSV_CELL = re.compile(r'"(?:[^"\n]|"")*"|[^,\n]*')
SEPARATOR = re.compile(r"^[\s|:+-]+$")
# A fixed-width table's rule under its header: runs of dashes, one per column.
RULE = re.compile(r"^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$")
# A record layout's legend: "Layout (1 blank between fields): 1 rec type | 3-7 emp no | 34-42 SSN |"
LAYOUT_LABEL = re.compile(r"\b(?:layout|record\s+format|file\s+format)\b", re.I)
LAYOUT_FIELD = re.compile(
    r"(?<![\w-])(?P<a>\d{1,3})(?:-(?P<b>\d{1,3}))?\s+(?P<name>[A-Za-z][^|\n:]*?)\s*(?=\||$)", re.M
)
# A cell value worth a redaction: digits, perhaps masked, spaced or dashed ("XXX-XX-7190").
VALUE = re.compile(r"[\dX*#-]*\d[\d -]*\d|\d")


def _id_value(cell: str) -> re.Match | None:
    """The identifier in a cell: digits (perhaps masked or spaced), at least four of them, so a
    count or a percentage in the same column is not taken for a number."""
    value = VALUE.search(cell)
    return value if value and sum(ch.isdigit() for ch in value.group(0)) >= 4 else None


def ruled_tables(text: str) -> Iterator[tuple[str, list[tuple[int, int]], list[tuple[int, str]]]]:
    """Each fixed-width table under a dashed rule: its header line, its columns (from the rule)
    and its rows (offset, line), up to a blank line or another rule."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for number in range(1, len(lines)):
        if not RULE.match(lines[number]):
            continue
        rows = []
        for row in range(number + 1, len(lines)):
            if not lines[row].strip() or RULE.match(lines[row]):
                break
            rows.append((starts[row], lines[row]))
        yield lines[number - 1], rule_columns(lines[number]), rows


def rule_columns(rule: str) -> list[tuple[int, int]]:
    """(start, end) of each column under a dashed rule; a column runs to the next one's start."""
    runs = [m.start() for m in re.finditer(r"-{2,}", rule)]
    return list(pairwise([*runs, 10**6]))


def _entity_of(header: str) -> str | None:
    return next((entity for entity, rx in COLUMN_HEADERS.items() if rx.search(header)), None)


def _column_kind(name: str) -> str | None:
    """What a column's cells are, from its header: an entity's identifier, a benefit case
    number, "MONEY" (a person's pay or tax figure), or None."""
    entity = _entity_of(name)
    if entity is None and ASSISTANCE_CASE_HEADER.search(name):
        entity = "PUBLIC_ASSISTANCE"
    if entity is None and CITIZENSHIP_HEADER.search(name):
        entity = "IMMIGRATION_STATUS"
    if entity is None and MONEY_HEADER.search(name) and not NOT_MONEY_HEADER.search(name):
        entity = "MONEY"
    return entity


def _cell_values(kind: str, cell: str) -> list[tuple[str, int, int]]:
    """(entity, start, end) of the value in one cell of a column of this kind, relative to the cell."""
    inner = cell.strip()
    lead = cell.find(inner) if inner else 0
    if kind == "MONEY":
        return (
            [("FINANCIAL_RECORD", lead, lead + len(inner))] if inner and MONEY_CELL.fullmatch(inner) else []
        )
    if kind == "IMMIGRATION_STATUS":
        return [(kind, lead, lead + len(inner))] if inner and STATUS_CELL.fullmatch(inner) else []
    if kind == "PUBLIC_ASSISTANCE":
        # a case number keeps its letters: "W-1188402", "EA23-0151207"
        case = CASE_CELL.fullmatch(inner)
        return [(kind, lead, lead + len(inner))] if case and sum(ch.isdigit() for ch in inner) >= 4 else []
    value = _id_value(cell)
    return [(kind, value.start(), value.end())] if value else []


def _values(header: str, cell: str) -> list[tuple[str, int, int]]:
    """(entity, start, end) of the values in one cell, relative to the cell. A header of
    parts ("Bank / Routing / Account") reads a cell of as many parts ("Webster / 211170101 /
    0047718290") part by part; only the digits are taken, as the spec's value spans are."""
    parts = re.split(r"\s/\s|/", header)
    pieces = list(re.finditer(r"[^/]+", cell))
    if len(parts) > 1 and len(parts) == len(pieces):
        pairs = [(_entity_of(part), piece) for part, piece in zip(parts, pieces, strict=True)]
    else:
        pairs = [(_entity_of(header), next(re.finditer(r"[\s\S]+", cell), None))]
    found = []
    for entity, piece in pairs:
        if entity is None or piece is None:
            continue
        value = _id_value(piece.group(0))
        if value:
            found.append((entity, piece.start() + value.start(), piece.start() + value.end()))
    return found


def pipe_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a pipe-delimited line, relative to the line."""
    bounds = [m.start() for m in re.finditer(r"\|", line)]
    if line.strip() and not line.lstrip().startswith("|"):
        bounds = [-1, *bounds]
    if line.rstrip() and not line.rstrip().endswith("|"):
        bounds = [*bounds, len(line)]
    return [(a + 1, b) for a, b in pairwise(bounds)]


def tab_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a tab-separated line, relative to the line."""
    bounds = [-1, *(m.start() for m in re.finditer("\t", line)), len(line)]
    return [(a + 1, b) for a, b in pairwise(bounds)]


class TableColumnRecognizer(EntityRecognizer):
    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[*COLUMN_HEADERS, "PUBLIC_ASSISTANCE", "IMMIGRATION_STATUS"],
            name="TableColumnRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:  # nothing to load
        return None

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[override]
        results: list[RecognizerResult] = []
        offset = 0
        for line in text.split("\n"):
            results += self._row_labelled(line, offset)
            offset += len(line) + 1
        return (
            results
            + self._delimited(text, "|", pipe_cells)
            + self._delimited(text, "\t", tab_cells)
            + self._fixed_width(text)
            + self._csv(text)
        )

    def _delimited(self, text: str, mark: str, split) -> list[RecognizerResult]:
        """Columns of a table whose cells are set off by pipes or tabs, named by its first row:

        | Date  | Client        | DSS Client ID | Program(s) |
        Client	DSS case no.	Programs (current)	Notes

        A row with another number of cells ends the table, as a line without the mark does.
        """
        results: list[RecognizerResult] = []
        offset = 0
        columns: dict[int, str] = {}
        width = 0
        rows = 0
        for line in text.split("\n"):
            if columns and line.strip() and SEPARATOR.match(line):
                pass  # a rule of dashes between the header and its rows
            elif columns and not rows and not line.strip():
                pass  # a blank line between a pasted export's header and its rows
            elif line.count(mark) < (2 if mark == "|" else 1):
                columns, width, rows = {}, 0, 0
            elif not columns:
                cells = split(line)
                # (a line indented by a tab is not a row of a tab-separated table)
                if mark != "\t" or len([1 for a, b in cells if line[a:b].strip()]) >= 3:
                    # an export's field names keep their underscores: "ssn_l4", "DSS_CASE"
                    columns = {
                        index: kind
                        for index, (start, end) in enumerate(cells)
                        if (kind := _column_kind(line[start:end].strip().replace("_", " ")))
                    }
                    width = len(cells)
            elif len(cells := split(line)) != width:
                columns, width, rows = {}, 0, 0  # another table, or none
            else:
                rows += 1
                for index, kind in columns.items():
                    start, end = cells[index]
                    for entity, a, b in _cell_values(kind, line[start:end]):
                        results.append(self._result(entity, offset + start + a, offset + start + b))
            offset += len(line) + 1
        return results

    def _csv(self, text: str) -> list[RecognizerResult]:
        """Columns of a comma-separated export, named by its header row:

        VENDOR_NO,PAYEE_NAME,DBA,TIN_TYPE,TIN,BOX1_NEC,CHECK_COUNT
        100482,"HERNANDEZ RIOS, JOSE LUIS",JL Painting,SSN,582-11-9034,14250.00,6
        """
        results: list[RecognizerResult] = []
        offset = 0
        columns: dict[int, str] = {}
        width = 0
        for line in text.split("\n"):
            cells = csv_cells(line) if line.count(",") >= 3 else []
            if columns and len(cells) == width:
                for index, entity in columns.items():
                    start, end = cells[index]
                    cell = line[start:end]
                    inner = cell.strip().strip('"').strip()
                    lead = cell.find(inner) if inner else 0
                    for kind, a, b in _cell_values(entity, inner):
                        results.append(
                            self._result(kind, offset + start + lead + a, offset + start + lead + b)
                        )
            else:
                columns, width = _csv_header(line, cells), len(cells)
            offset += len(line) + 1
        return results

    def _row_labelled(self, line: str, offset: int) -> list[RecognizerResult]:
        """A table whose first column names the field, one row per field:

        | Routing (ABA)   | 121000248      | 211174262      |
        """
        if line.count("|") < 3:
            return []
        cells = pipe_cells(line)
        label = line[cells[0][0] : cells[0][1]].strip() if cells else ""
        entity = _entity_of(label) if 0 < len(label.split()) <= 3 else None
        if entity is None or re.search(r"\d", label):
            return []
        found = []
        for start, end in cells[1:]:
            value = _id_value(line[start:end])
            if value:
                found.append(
                    self._result(entity, offset + start + value.start(), offset + start + value.end())
                )
        return found

    def _fixed_width(self, text: str) -> list[RecognizerResult]:
        """Columns of a fixed-width table, read from the dashed rule under its header:

        Emp ID  Employee                SSN          Bank / Routing / Account
        ------  ----------------------  -----------  ------------------------
        104882  ADEYEMI-GRANT, Olumide  045880213    Webster / 211170101 / 0047718290
        """
        results: list[RecognizerResult] = []
        for header, columns, rows in ruled_tables(text):
            wanted = [(a, b, header[a:b].strip()) for a, b in columns if _column_kind(header[a:b].strip())]
            if not wanted:
                continue
            for row_start, line in rows:
                for a, b, title in wanted:
                    while 0 < b < len(line) and not line[b - 1].isspace() and not line[b].isspace():
                        b += 1  # a value that overflows its column is still one value
                    cell = line[a:b]
                    found = (
                        _values(title, cell)
                        if _entity_of(title)
                        else _cell_values(_column_kind(title) or "", cell)
                    )
                    for entity, start, end in found:
                        results.append(self._result(entity, row_start + a + start, row_start + a + end))
        lines = text.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        return results + self._layout(lines, starts) + self._aligned(lines, starts)

    def _layout(self, lines: list[str], starts: list[int]) -> list[RecognizerResult]:
        """A fixed-width file described by its record layout rather than a header row:

        Layout: 1 rec type | 3-7 emp no | 9-32 name | 34-42 SSN | 44-52 ABA routing | ...
        D 40819 MUNROE GERALD T          031227309 221172186 7700004477120 ...

        Positions are 1-based and inclusive. Only rows that hold an identifier in one of the
        confidential columns are read, so a trailer's batch total is not a person's pay.
        """
        results: list[RecognizerResult] = []
        for number, line in enumerate(lines):
            if not LAYOUT_LABEL.search(line):
                continue
            fields, row = [], number
            while row < len(lines) and (row == number or LAYOUT_FIELD.search(lines[row])):
                fields += [
                    (int(m.group("a")) - 1, int(m.group("b") or m.group("a")), m.group("name"))
                    for m in LAYOUT_FIELD.finditer(lines[row])
                ]
                row += 1
            wanted = [(a, b, kind) for a, b, name in fields if (kind := _column_kind(name))]
            if len(fields) < 3 or not wanted:
                continue
            for record in range(row, min(len(lines), row + 500)):
                line = lines[record]
                if not any(kind != "MONEY" and _id_value(line[a:b]) for a, b, kind in wanted):
                    continue  # a header or trailer row: no identifier in it
                for a, b, kind in wanted:
                    for entity, start, end in _cell_values(kind, line[a:b]):
                        results.append(
                            self._result(entity, starts[record] + a + start, starts[record] + a + end)
                        )
        return results

    def _aligned(self, lines: list[str], starts: list[int]) -> list[RecognizerResult]:
        """A table aligned by spaces, with neither pipes nor a dashed rule under its header, whose
        header names an identifier column: its identifier and pay columns are read at the header
        word's position.

         #  Name                  Relation   DOB          SSN (last 4)   Monthly income / source
         1  Kwabena A. Osei       self       03/11/1983   7751           $2,210.00 / wages
        """
        results: list[RecognizerResult] = []
        for number, header in enumerate(lines[:-1]):
            if (
                "|" in header
                or RULE.match(lines[number + 1])
                or not any(rx.search(header) for rx in COLUMN_HEADERS.values())
            ):
                continue
            titles = [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", header)]
            if len(titles) < 4 or any(re.search(r"\d{2,}|:$", title) for _, title in titles):
                continue  # a header names its columns; "SSN:  XXX-XX-1937  SID: ..." is a form's line
            wanted = [(at, kind) for at, title in titles if (kind := _column_kind(title))]
            for record in range(number + 1, min(len(lines), number + 60)):
                line = lines[record]
                if not line.strip() or RULE.match(line) or SEPARATOR.match(line):
                    break
                for at, kind in wanted:
                    cell = re.match(r"\S+(?: \S+)*", line[at:]) if at < len(line) else None
                    if cell is None or (at > 0 and not line[at - 1].isspace()) or len(cell.group(0)) > 24:
                        continue
                    # a money cell may carry its source: "$2,210.00 / wages"
                    for entity, a, b in _cell_values(kind, cell.group(0).split(" / ")[0]):
                        results.append(self._result(entity, starts[record] + at + a, starts[record] + at + b))
        return results

    def _result(self, entity: str, start: int, end: int) -> RecognizerResult:
        return located_result(self, entity, start, end, "table_column")


def located_result(
    recognizer: EntityRecognizer, entity: str, start: int, end: int, pattern_name: str
) -> RecognizerResult:
    """A finding a recognizer placed by a table's layout, not by one of its patterns: named like a
    pattern's, so the log says which rule found it."""
    return RecognizerResult(
        entity,
        start,
        end,
        0.85,
        AnalysisExplanation(recognizer.name, 0.85, pattern_name=pattern_name),
        {
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


def csv_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a comma-separated line; [] when quotes do not balance."""
    cells, position = [], 0
    while position <= len(line):
        match = CSV_CELL.match(line, position)
        end = match.end() if match else position
        cells.append((position, end))
        if end < len(line) and line[end] != ",":
            return []  # a stray quote: not a CSV row
        position = end + 1
    return cells


def csv_field_names(line: str, cells: list[tuple[int, int]]) -> list[str] | None:
    """The field names of a CSV header row ("docket,defendant,dob,..."): at least four short
    names, none holding a figure; None for a data row or prose with commas."""
    names = [line[a:b].strip().strip('"').replace("_", " ") for a, b in cells]
    if len(names) < 4 or any(not n or len(n.split()) > 4 or re.search(r"\d{3,}", n) for n in names):
        return None
    return names


def _csv_header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """The confidential columns named by a CSV header row (short names, no figures), else {}."""
    names = csv_field_names(line, cells)
    if names is None:
        return {}
    columns: dict[int, str] = {}
    for index, name in enumerate(names):
        kind = _column_kind(name)
        if kind is not None:
            columns[index] = kind
    if "MONEY" in columns.values() or any(HOURS_HEADER.search(name) for name in names):
        columns |= {index: "MONEY" for index, name in enumerate(names) if RATE_HEADER.match(name)}
    return columns


def column_header(text: str, position: int) -> str | None:
    """The header cell above the table cell holding `position`, if it is in a pipe table."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.count("|") < 2:
        return None
    cells = pipe_cells(line)
    column = next((i for i, (a, b) in enumerate(cells) if a <= position - line_start < b), None)
    if column is None:
        return None
    # walk up to the first line of this table: the header
    start = line_start
    header = line
    while start > 0:
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start : start - 1]
        rule = prev.strip() and SEPARATOR.match(prev)  # "|---|---|" or a plain rule of dashes
        if prev.count("|") < 2 and not rule:
            break
        if not rule:
            header = prev
        start = prev_start
    header_cells = pipe_cells(header)
    if len(header_cells) != len(cells):
        return None
    a, b = header_cells[column]
    return header[a:b]


def _lines_above(text: str, line_start: int, limit: int = 60):
    """(start, line) of each line above the one starting at `line_start`, nearest first, up to
    the block's first blank line (a table's rows, then its header)."""
    start = line_start
    for _ in range(limit):
        if start == 0:
            return
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start : start - 1]
        if not prev.strip():
            return
        yield prev_start, prev
        start = prev_start


def _word_columns(header: str) -> list[tuple[int, int]]:
    """(start, end) of each column a header names by where its words start; the last runs on."""
    starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", header)]
    return list(pairwise([*starts, 10**6]))


def fixed_width_header(text: str, position: int) -> str | None:
    """The header above the fixed-width column holding `position`: the line above the
    dashed rule that tops the block of rows `position` is in."""
    line_start = text.rfind("\n", 0, position) + 1
    column = position - line_start
    for prev_start, prev in _lines_above(text, line_start):  # rows above, up to the rule
        if RULE.match(prev):
            if prev_start == 0:
                return None
            header_start = text.rfind("\n", 0, prev_start - 1) + 1
            header = text[header_start : prev_start - 1]
            return next((header[a:b] for a, b in rule_columns(prev) if a <= column < b), None)
        if SOLID_RULE.match(prev) and prev_start > 0:
            # one unbroken rule: the header above it names its columns by where its words start
            # ("TAG #          CASE #      ITEM / DESCRIPTION"); a rule between groups of rows
            # has a row above it instead, and the walk goes on up
            header_start = text.rfind("\n", 0, prev_start - 1) + 1
            header = text[header_start : prev_start - 1]
            if _capitals_header(header):
                return next((header[a:b].strip() for a, b in _word_columns(header) if a <= column < b), None)
    return None


# A rule of one unbroken run of dashes or equals signs under a header.
SOLID_RULE = re.compile(r"^[ \t]*(?:-{10,}|={10,})[ \t]*$")


def _capitals_header(line: str) -> bool:
    """A header line: words in capitals, separated by runs of spaces, no long numbers."""
    letters = [ch for ch in line if ch.isalpha()]
    return (
        len(letters) >= 4
        and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
        and re.search(r"\S {2,}\S", line) is not None
        and re.search(r"\d{3}", line) is None
    )


# A redaction label or a run of blocks in place of a value (a second look at released text).
REDACTED_CELL = re.compile(r"\[[A-Z][A-Z ]{2,30}(?: \d+)?\]|█")


# A bank statement's header: a balance column beside the transaction amounts.
STATEMENT_HEADER = re.compile(
    r"\bbalance\b.*\b(?:amount|debits?|credits?|withdrawals?|deposits?)\b"
    r"|\b(?:amount|debits?|credits?|withdrawals?|deposits?)\b.*\bbalance\b",
    re.I,
)


def in_statement(text: str, position: int) -> bool:
    """Whether `position` is in the rows of a bank statement's table: under a header line of
    words with a balance column and an amount, debit or credit column. Every figure there is the
    account's record, whatever its description says ("WITHDRAWAL - TELLER", "WIRE OUT")."""
    line_start = text.rfind("\n", 0, position) + 1
    for _prev_start, prev in _lines_above(text, line_start):
        if STATEMENT_HEADER.search(prev) and not re.search(r"\d", prev):
            return True
    return False


def aligned_header(text: str, position: int) -> str | None:
    """The header word over the column holding `position` in a table with no rule: the nearest
    line above, in the same block, that is a row of words without figures ("EARNINGS   Hours
    Rate   Current   YTD", "Month   Opening bal.   Deposits"). A column runs from where its
    header word starts to where the next one starts; a figure belongs to the column its own
    span overlaps most, right-aligned or not."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    if REDACTED_CELL.search(text, line_start, line_end if line_end >= 0 else len(text)):
        return None  # cells replaced by labels or blocks no longer line up with their header
    value = re.match(r"\S+", text[position : line_end if line_end >= 0 else len(text)])
    first, last = position - line_start, position - line_start + (len(value.group(0)) if value else 1)
    prev = aligned_header_line(text, position)
    if prev is None:
        return None
    best = max(_word_columns(prev), key=lambda span: min(last, span[1]) - max(first, span[0]))
    if min(last, best[1]) - max(first, best[0]) <= 0:
        return None
    return prev[best[0] : best[1]].strip()


def aligned_header_line(text: str, position: int) -> str | None:
    """The whole line of header words over the row holding `position` in a table with no rule
    (see `aligned_header`): what the table is, where one column's word does not say it."""
    line_start = text.rfind("\n", 0, position) + 1
    for _prev_start, prev in _lines_above(text, line_start):  # rows above, up to the header
        cells = list(re.finditer(r"\S+(?: \S+)*", prev))
        if len(cells) >= 3 and not re.search(r"\d", prev) and all(len(c.group(0)) <= 24 for c in cells):
            return prev
    return None
