"""Letter-spaced OCR runs read together: "( 2 0 3 )  5 5 5 - 0 1 9 8", "D O B".

A scan's text layer may put a space between every character of a number or a label, and no
pattern reads "0 0 4 2 1 1 9 8 6 5" as a case number. The detection view packs each such run's
characters together at the run's start and its spaces after them, so the view keeps the
text's length and every offset outside the runs; `SpacedRuns.to_text` maps a finding's
offsets in the view back onto the characters it covers in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TypeVar

T = TypeVar("T")

# Four or more single characters, each after one or two spaces (three spaces part words:
# "4 1 5   Blatch ley"); a run of letters only in capitals ("D O B", "S S N").
SPACED_RUN = re.compile(r"(?<!\S)\S(?:[ ]{1,2}\S(?!\S)){2,}")
LETTERS_ONLY = re.compile(r"[A-Za-z ]+")
# A record laid out this way has several such runs; one stray "a b c" is prose.
MIN_RUNS = 3


@dataclass
class SpacedRuns:
    """Where the view packed a run, and where each packed character stands in the text."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    positions: list[list[int]] = field(default_factory=list)

    def _run(self, offset: int) -> int | None:
        index = bisect_right(self.starts, offset) - 1
        return index if index >= 0 and offset < self.ends[index] else None

    def to_text(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) in the text of the view's span start..end."""
        return self._first_char(start), (
            self._last_char(end - 1) + 1 if end > start else self._first_char(end)
        )

    def _first_char(self, offset: int) -> int:
        """Where the view's character at `offset` stands in the text (a run's padding: its end)."""
        run = self._run(offset)
        if run is None:
            return offset
        k = offset - self.starts[run]
        packed = self.positions[run]
        return packed[k] if k < len(packed) else self.ends[run]

    def _last_char(self, offset: int) -> int:
        """Where the view's character at `offset` stands in the text (a run's padding: its last)."""
        run = self._run(offset)
        if run is None:
            return offset
        k = offset - self.starts[run]
        packed = self.positions[run]
        return packed[k] if k < len(packed) else self.ends[run] - 1

    def findings_to_text(self, findings: list[T]) -> list[T]:
        """Each finding (a dataclass with `start` and `end`) with its offsets mapped back to the text."""
        mapped = []
        for finding in findings:
            start, end = self.to_text(finding.start, finding.end)
            mapped.append(replace(finding, start=start, end=end))
        return mapped


def pack_spaced(text: str) -> tuple[str, SpacedRuns]:
    """`text` with each letter-spaced run packed at its start (same length), and the runs."""
    runs = [
        m
        for m in SPACED_RUN.finditer(text)
        if sum(ch.isdigit() for ch in m.group(0)) >= 2
        or (LETTERS_ONLY.fullmatch(m.group(0)) and m.group(0).replace(" ", "").isupper())
    ]
    found = SpacedRuns()
    if len(runs) < MIN_RUNS:
        return text, found
    pieces, last = [], 0
    for match in runs:
        chars = [(i, ch) for i, ch in enumerate(match.group(0), match.start()) if ch != " "]
        packed = "".join(ch for _, ch in chars)
        pieces += [text[last : match.start()], packed, " " * (match.end() - match.start() - len(packed))]
        found.starts.append(match.start())
        found.ends.append(match.end())
        found.positions.append([i for i, _ in chars])
        last = match.end()
    pieces.append(text[last:])
    view = "".join(pieces)
    assert len(view) == len(text)
    return view, found
