"""Shared machinery for the project's recognizers.

Presidio's `PatternRecognizer` matches regexes and scores them; its
`validate_result` hook only sees the matched text. Whether "123-45-6789" is an
SSN or a claim number, or whether "SNAP" is a person's benefit or the name of an
office, depends on the words around it, so `CuedPatternRecognizer` adds a
`refine` hook that sees the whole text and the match position.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

DATA_PACKAGE = "recognizers.data"

# Presidio compiles patterns with IGNORECASE | MULTILINE | DOTALL.
FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL
WINDOW_FLAGS = re.IGNORECASE | re.DOTALL


def _fold_char(ch: str) -> str:
    """One character without its accent, or itself: keeps offsets unchanged."""
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and len(base) == 1 else ch


_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in range(0xC0, 0x250)}
_FOLD_TABLE.update({ord("’"): "'", ord("‘"): "'", ord("–"): "-", ord("—"): "-"})
# Letters Unicode does not decompose, written both ways in one record: "Sokołowska" / "Sokolowska".
_FOLD_TABLE.update({ord(a): b for a, b in zip("łŁøØđĐħĦı", "lLoOdDhHi", strict=True)})


def fold(text: str) -> str:
    """Accent- and quote-folded copy of `text` with the same length and offsets.

    Matching runs on the folded copy, so a pattern written "vencio la visa"
    also finds "venció la visa", and results point into the original text.
    (A scan's letter/digit swaps are read back before detection: `redactor.lookalikes`.)
    """
    return text.translate(_FOLD_TABLE)


# Dot leaders between a form label and its value: "Routing/ABA no. ........ 211070175".
# (not an ellipsis against four last digits, which masks the rest: "checking ...6638")
LEADER = re.compile(
    r"(?<=\S)[ \t]*\.{3,}(?:[ \t]+|(?!\d{4}(?![\w.,/-])))(?=[\dX*#$(]|[A-Z]{1,4}-\d)"
)  # "W-11930472" too


def blank_leaders(text: str) -> str:
    """`text` with dot leaders before a value turned to spaces (same length, same offsets), so a
    label's pattern reaches its value across the leader as it would across a colon."""
    return LEADER.sub(lambda m: " " * len(m.group(0)), text)


@cache
def load_data(name: str) -> dict[str, Any]:
    """Load `recognizers/data/<name>.yaml` (term lists, cues, patterns)."""
    text = resources.files(DATA_PACKAGE).joinpath(f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text) or {}


def load_category(category: str, languages: tuple[str, ...] = ("en", "es")) -> dict[str, list]:
    """Merge one category's data files across languages, key by key."""
    merged: dict[str, list] = {}
    for lang in languages:
        try:
            data = load_data(f"{category}.{lang}")
        except FileNotFoundError:
            continue
        for key, values in data.items():
            if isinstance(values, str):  # a folded block of words
                values = values.split()
            merged.setdefault(key, []).extend(values or [])
    return merged


def patterns_from(entries: list[dict[str, Any]]) -> list[Pattern]:
    """Presidio `Pattern`s from data entries `{name, regex, score}`, bounded by non-word characters
    so that "SSI" is never found inside "ASSISTANCE"."""
    return [
        Pattern(e["name"], rf"(?<![\w])(?:{e['regex']})(?![\w])", float(e.get("score", 0.6))) for e in entries
    ]


def cue_regex(words: list[str]) -> re.Pattern[str] | None:
    """One regex matching any cue (each cue is a regex fragment), whole words only."""
    if not words:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")(?![\w])", FLAGS)


@dataclass(frozen=True)
class Window:
    """The text around a match, as cue checks see it."""

    before: str
    after: str
    line_before: str
    line_after: str


def window(text: str, start: int, end: int, chars: int = 60) -> Window:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return Window(
        before=text[max(0, start - chars) : start],
        after=text[end : end + chars],
        line_before=text[line_start:start],
        line_after=text[end:line_end],
    )


class CuedPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose matches are checked against nearby words.

    Subclasses set `CATEGORY` (the data-file stem) and override `refine`, which
    returns the result (rescored, narrowed) or None to drop it. Matching runs
    on the accent-folded text so data files need no accents.
    """

    CATEGORY = ""
    ENTITY = ""

    def __init__(self, supported_language: str = "en") -> None:
        data = load_category(self.CATEGORY)
        self.data = data
        self.positive_cues = cue_regex(data.get("positive_cues", []))
        self.negative_cues = cue_regex(data.get("negative_cues", []))
        # Neighbour rules are anchored to the match: "$" must mean the end of the
        # window, not the end of any line in it, so MULTILINE is off here.
        self.after_exclusions = [re.compile(rx, WINDOW_FLAGS) for rx in data.get("not_followed_by", [])]
        self.before_exclusions = [re.compile(rx, WINDOW_FLAGS) for rx in data.get("not_preceded_by", [])]
        # (never from inside a word: "quitaron el Título 19" does not grow from "on")
        self.extend_before = [
            re.compile(r"(?:(?<![\w])(?=\w)|(?!\w))(?:" + rx + r")$", WINDOW_FLAGS)
            for rx in data.get("extend_before", [])
        ]
        self.extend_after = [re.compile(r"^" + rx, WINDOW_FLAGS) for rx in data.get("extend_after", [])]
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            patterns=patterns_from(data.get("patterns", [])),
            context=data.get("context", []),
            supported_language=supported_language,
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[override]
        folded = blank_leaders(fold(text))
        self.prepare(folded)
        results = super().analyze(folded, entities, nlp_artifacts, regex_flags)
        compiled = {p.name: p.compiled_regex for p in self.patterns}
        refined = []
        for result in results:
            explanation = result.analysis_explanation
            rx = compiled.get(explanation.pattern_name) if explanation else None
            if rx is not None:
                narrow_to_group(folded, result, rx)
            kept = self.refine(folded, result)
            if kept is not None and kept.end > kept.start:
                refined.append(self.extend(folded, kept))
        return refined

    def extend(self, text: str, result: RecognizerResult) -> RecognizerResult:
        """Grow a statement to the words that still reveal it ("receives SSI", "SNAP benefits").

        Recall first: a verb of receipt or being left beside a redaction box says
        what the box hides, and annotators often include it.
        """
        before = text[max(0, result.start - 40) : result.start]
        for rx in self.extend_before:
            match = rx.search(before)
            if match:
                result.start -= len(match.group(0))
                break
        if NUMBER_VALUE.fullmatch(text, result.start, result.end):
            return result  # a number is whole: "DSS Client ID: 001873224" never runs into the next label
        for _ in range(3):  # "Housing Choice Voucher" + " (Section 8)" + "\nprogram"
            after = text[result.end : result.end + 40]
            if FORM_FIELD_NEXT.match(after):
                break  # the line ends and the next one is another field
            match = next((m for m in (rx.match(after) for rx in self.extend_after) if m), None)
            if match is None or not match.group(0):
                break
            result.end += len(match.group(0))
        return result

    def prepare(self, text: str) -> None:
        """Look at the whole (folded) document once before its matches are refined."""

    def excluded_by_neighbours(self, text: str, result: RecognizerResult) -> bool:
        """True when the words right after or before the match say it is not about a person."""
        after = text[result.end : result.end + 40]
        if FORM_FIELD_NEXT.match(after):
            after = ""  # "DSS case no.: 0048120397" / "Eligibility basis: ...": another field's words
        before = text[max(0, result.start - 40) : result.start]
        if UNCHECKED_OPTION.search(before):
            return True  # "[ ] A noncitizen national", "[X] SSI  [ ] TANF": an option not chosen
        if (
            after
            and not NUMBER_VALUE.fullmatch(text, result.start, result.end)  # "HCV-0078215   Unit size: 3 BR"
            and any(rx.match(text, result.end, result.end + 40) for rx in self.after_exclusions)
        ):
            return True  # matched in place, so a rule may look back at the match's last word
        return any(rx.search(before) for rx in self.before_exclusions)

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        if self.excluded_by_neighbours(text, result):
            return None
        return result


# A checked box: "[X]", "[✓]", "(X)", "☒".
CHECKED_BOX = r"(?:\[[xX✓✔]\]|\([xX✓✔]\)|☒|☑)"


# An empty check box before the match on its line, with no other box in between: the form
# offers the option, nobody chose it.
UNCHECKED_OPTION = re.compile(
    # (a parenthesis that is no box may come between: "[ ] Temporary Family Assistance (TFA)")
    r"(?:\[[ \t_]?\]|\([ \t_]?\)|[☐□])[ \t]*(?:[^\[\]()☐□☒☑✓✔\n]|\((?![ \t_xX✓✔]?\)))"
    r"{0,40}\Z"
)  # \Z: not across the line end

# An identifier: one word of at least four digits ("001873224", "W-2290431").
NUMBER_VALUE = re.compile(r"(?=(?:[^\d\s]*\d){4})[\w-]+")
# The match ends its line and the next line is a form field ("Eligibility basis: ...").
FORM_FIELD_NEXT = re.compile(r"[ \t]*\n[ \t]*[A-Z][^\n:]{0,40}:")


def narrow_to_group(text: str, result: RecognizerResult, rx: Any) -> RecognizerResult:
    """Shrink a match to its named group `value` when the pattern has one.

    Lets a data file say "last four 6603" while only the digits are redacted.
    """
    match = rx.match(text, result.start, result.end)
    if match and "value" in match.groupdict() and match.group("value"):
        result.start, result.end = match.span("value")
    return result
