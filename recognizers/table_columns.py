"""Values in a table column whose header names a confidential field.

"| Name | SSN (last 4) | Program |" makes every cell below "SSN (last 4)" an SSN
fragment, though the cell holds only "0384": no pattern can see that from the
cell alone, the header says it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

# Header words per entity; a cell below them is that entity's value.
COLUMN_HEADERS = {
    "US_SSN": re.compile(r"\b(?:SSN|S\.S\.N\.?|SS\s?#|social\s+security|seguro\s+social)\b", re.I),
}
SEPARATOR = re.compile(r"^[\s|:+-]+$")


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a pipe-delimited line, relative to the line."""
    bounds = [m.start() for m in re.finditer(r"\|", line)]
    if line.strip() and not line.lstrip().startswith("|"):
        bounds = [-1, *bounds]
    if line.rstrip() and not line.rstrip().endswith("|"):
        bounds = [*bounds, len(line)]
    return [(a + 1, b) for a, b in pairwise(bounds)]


class TableColumnRecognizer(EntityRecognizer):
    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(COLUMN_HEADERS),
            name="TableColumnRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:  # nothing to load
        return None

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[override]
        results: list[RecognizerResult] = []
        offset = 0
        columns: dict[int, str] = {}
        width = 0
        for line in text.split("\n"):
            if line.count("|") < 2:
                columns, width = {}, 0
            elif not columns:
                cells = _cells(line)
                for index, (start, end) in enumerate(cells):
                    for entity, header in COLUMN_HEADERS.items():
                        if header.search(line[start:end]):
                            columns[index] = entity
                width = len(cells)
            elif not SEPARATOR.match(line):
                cells = _cells(line)
                if len(cells) == width:
                    for index, entity in columns.items():
                        start, end = cells[index]
                        value = re.search(r"[\dX*#-]*\d[\d -]*\d|\d", line[start:end])
                        if value:
                            results.append(
                                RecognizerResult(
                                    entity,
                                    offset + start + value.start(),
                                    offset + start + value.end(),
                                    0.85,
                                    AnalysisExplanation(self.name, 0.85, pattern_name="table_column"),
                                    {
                                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                    },
                                )
                            )
            offset += len(line) + 1
        return results


def column_header(text: str, position: int) -> str | None:
    """The header cell above the table cell holding `position`, if it is in a pipe table."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.count("|") < 2:
        return None
    cells = _cells(line)
    column = next((i for i, (a, b) in enumerate(cells) if a <= position - line_start < b), None)
    if column is None:
        return None
    # walk up to the first line of this table: the header
    start = line_start
    header = line
    while start > 0:
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start : start - 1]
        if prev.count("|") < 2:
            break
        if not SEPARATOR.match(prev):
            header = prev
        start = prev_start
    header_cells = _cells(header)
    if len(header_cells) != len(cells):
        return None
    a, b = header_cells[column]
    return header[a:b]
