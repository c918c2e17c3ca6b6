"""US_SSN: Social Security numbers in any layout, masked forms, "last four".

Presidio's built-in recognizer rejects numbers the SSA never issues (000-,
666-, 123-45-6789). A record that presents such a number as a person's SSN
still discloses what it claims to be, so those are kept when an SSN cue is
near; without one, the built-in validity rules decide. Case, report and phone
numbers shaped like SSNs are dropped by the cue right before them.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers.base import CuedPatternRecognizer, window
from recognizers.table_columns import aligned_header, column_header, fixed_width_header

# A cue this far before the number (crossing a table header line) makes it an SSN.
POSITIVE_WINDOW = 90
# A negative cue must be this close, on the same line, to veto a number.
NEGATIVE_WINDOW = 48


# What may stand between a cue word and the number it labels ("Booking No.: 412-…").
_LABEL_GAP = re.compile(
    r"\s*(?:(?:#|\(|nos?\.?|num(?:ber)?s?\.?|ids?|is|was|:|-|\.+)\s*)*"  # dots: "Lic . 172884413"; "ID (#167-…"
    r"(?:(?-i:(?!SSN|SOC|SS\b)[A-Z]{2,6})\s*[#:]?\s*)?"  # the file's office, in capitals: "ref. SART 224-19-0871"
    r"(?:(?:for|of|on)\s+[^\d\n:]{1,40}:\s*)?"  # "Tracking no. for the landlord packet: ..."
    r"(?:\(?\d{3}-\d{2}-\d{4}\s*(?:,|and|through|to|-)\s*)*",  # "tags 512-60-7735, 512-60-7736"
    re.IGNORECASE,
)


# A column of free text, whose numbers are judged by their own words: "ITEM / DESCRIPTION".
FREE_TEXT_COLUMN = re.compile(
    r"\b(?:description|notes?|remarks?|narrative|details?|comments?)\b", re.IGNORECASE
)
# A label that says only "number", not what kind: the words before it decide.
GENERIC_LABEL = re.compile(r"(?:^|[\s,(])(?:no\.?|nos?\.|num(?:ber)?|#)\s*:?\s*$", re.IGNORECASE)


def _labels_the_number(cues: re.Pattern, line_before: str) -> bool:
    """A negative cue vetoes a number only when it labels it: "at booking, 123-45-6789"
    mentions a booking; "Booking # 123-45-6789" numbers one."""
    last = None
    for last in cues.finditer(line_before):  # noqa: B007 - the last match is wanted
        pass
    return last is not None and _LABEL_GAP.fullmatch(line_before[last.end() :]) is not None


def _nearer_label(negative: re.Pattern, positive: re.Pattern, line_before: str) -> bool:
    """Whether the line's last negative cue labels a later field than its last positive one, a
    value standing between them: the nearer label is the number's ("SSN: 041-66-2291   CT OP
    LIC: ..."), not a word of the same label ("SSN on file: ...")."""
    last_negative = max((m.start() for m in negative.finditer(line_before)), default=-1)
    last_positive = max((m.start() for m in positive.finditer(line_before)), default=-1)
    # (the value may be redacted already, when a written copy is checked: "SSN [SSN]   OLN CT ...")
    return last_negative > last_positive >= 0 and any(
        ch.isdigit() or ch in "█]" for ch in line_before[last_positive:last_negative]
    )


def issued_ssn(digits: str) -> bool:
    """The SSA's rules for numbers that can have been issued (Presidio's, less strict on 9xx)."""
    if len(digits) != 9 or len(set(digits)) == 1:
        return False
    if digits[:3] in ("000", "666") or digits[0] == "9":
        return False
    if digits[3:5] == "00" or digits[5:] == "0000":
        return False
    return digits not in ("123456789", "987654321", "078051120")


def looks_like_itin(digits: str) -> bool:
    return len(digits) == 9 and digits[0] == "9" and digits[3] in "78"


class SocialSecurityNumberRecognizer(CuedPatternRecognizer):
    """Not named UsSsnRecognizer: Presidio finds its predefined recognizers by class
    name among EntityRecognizer subclasses, and a namesake would be taken for its own."""

    CATEGORY = "us_ssn"
    ENTITY = "US_SSN"

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        pattern = result.analysis_explanation.pattern_name if result.analysis_explanation else ""
        if pattern in (
            "ssn_last_four",
            "ssn_ending_in",
            "ssn_last_four_label",
            "ssn_label_last_four",
            "ssn_last_four_after_cue",
            "ssn_ending_in_es",
            "ssn_last_four_es",
            "ssn_label_last_four_es",
        ):
            return result
        if pattern == "ssn_masked_full":
            return None
        around = window(text, result.start, result.end, POSITIVE_WINDOW)
        near_same_line = around.line_before[-NEGATIVE_WINDOW:]
        has_cue = bool(self.positive_cues and self.positive_cues.search(around.before))
        close_cue = bool(self.positive_cues and self.positive_cues.search(near_same_line))
        if pattern == "ssn_masked":
            # XXX-XX-1234 is an SSN's shape and nothing else's: no cue can veto it.
            result.score = max(result.score, 0.9 if has_cue else 0.7)
            return result
        label = near_same_line
        if not label.strip():  # "Lab No.\n251 07 2204": the label ends the line above
            label = text[: result.start].rstrip(" \t")
            label = label[:-1] if label.endswith("\n") else ""
            label = label[label.rfind("\n") + 1 :][-NEGATIVE_WINDOW:]
        vetoed = self.negative_cues is not None and _labels_the_number(self.negative_cues, label)
        generic = GENERIC_LABEL.search(label)
        if (
            vetoed
            and generic
            and self.positive_cues is not None
            and not self.negative_cues.search(label[: generic.start()])  # "receipt number", "OBTS No."
        ):
            # "Social Security card, name Gloria M. Pettit,\n no. 048-30-7162": a bare "no." numbers
            # whatever was named before it on its line or the line above, here the card
            line_start = text.rfind("\n", 0, result.start) + 1
            above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : result.start]
            if self.positive_cues.search(above):
                vetoed, has_cue = False, True
        header = (
            column_header(text, result.start)
            or fixed_width_header(text, result.start)
            or aligned_header(text, result.start)  # "EVENT       TIME   TYPE" over its rows, no rule
        )
        if (
            header
            and self.negative_cues is not None
            and self.negative_cues.search(header)
            and not FREE_TEXT_COLUMN.search(header)
        ):
            vetoed = True  # "TAG NO." heads the column: every cell below is a tag
        if vetoed and close_cue and _nearer_label(self.negative_cues, self.positive_cues, near_same_line):
            # "SSN: 041-66-2291     CT OP LIC: 118240675": the licence label, nearer, numbers this one
            close_cue = has_cue = False
        if vetoed and not close_cue:
            return None
        digits = "".join(ch for ch in text[result.start : result.end] if ch.isdigit())
        if has_cue:
            result.score = 1.0
            return result
        if pattern in ("ssn_digits", "ssn_boxed") or not issued_ssn(digits) or looks_like_itin(digits):
            return None
        return result
