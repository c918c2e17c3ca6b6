"""FINANCIAL_RECORD: account, routing and card numbers, ITINs, payroll and tax figures.

A dollar figure alone reveals nothing; a figure on a pay stub or a W-2 is the
"income tax or other financial records" GO 06-2 III.A protects. Figures are
kept only when a payroll/tax/bank cue is on the same line or just before, and
no stolen-property, bail, fine, rent or budget cue is closer.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers.base import FLAGS, CuedPatternRecognizer, fold, window
from recognizers.table_columns import (
    REDACTED_CELL,
    aligned_header,
    aligned_header_line,
    column_header,
    in_statement,
)

# A pay or statement table's column words that make its figures a person's: "Current", "YTD",
# "Rate", "Opening bal.". A column of hours or units holds no money.
PAY_COLUMN = re.compile(r"\b(?:current|rate|opening|closing|bal\.?|balance|deposits?|ytd)\b", re.I)
COUNT_COLUMN = re.compile(r"\b(?:hours?|hrs|units?|qty|quantity|days|count)\b", re.I)
# A tax form's row of one figure: "Box 6   Medicare tax withheld   897.99" (never a count of hours).
TAX_ROW = re.compile(r"\b(?:withheld|withholding|wages|(?:income|medicare|payroll|FICA)\s+tax)\b", re.I)
# A bank statement's summary row of one figure: "Beginning Balance on 02/01     418.22".
BALANCE_ROW = re.compile(
    r"\b(?:(?:beginning|opening|ending|closing|available|ledger)\s+balance|(?:deposits|withdrawals)\s+and\s+\w+)\b",
    re.I,
)
# A bare figure on a statement or stub line, a debit's minus sign with it: "-86.43", "31884.20".
BARE_FIGURE = re.compile(r"(?:(?<=\s)-|(?<![\w.,/:-]))\d[\d,]*\.\d{2}(?![\w.,/:%-])")
# A program's or an office's budget laid out in columns: "Line item   Budget   Spent   Balance".
BUDGET_TABLE = re.compile(
    r"\b(?:budget(?:ed)?|appropriat(?:ed|ion)|allocat(?:ed|ion)|encumbered|expended)\b", re.I
)
HOURS_ROW = re.compile(r"\b(?:hours?|hrs?|overtime|OT|shifts?)\b", re.I)
# A word on a masked number's line that makes it an account or card: "Webster ****6612" after "account".
# (a payroll register's "DD chk ****1184", "DD sav ****5027": direct deposit to checking, savings)
ACCOUNT_WORD = re.compile(
    r"account|acct|card|bank|checking|savings|ending|deposit|cuenta|tarjeta|visa|mastercard|"
    r"\b(?:chk|chkg|sav|svgs|DD)\b",
    re.I,
)


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(digits)):
        value = int(ch)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


class FinancialRecordRecognizer(CuedPatternRecognizer):
    CATEGORY = "financial_record"
    ENTITY = "FINANCIAL_RECORD"
    # A payroll/tax document has at least this many distinct markers.
    PAYROLL_MARKERS = 2

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language)
        self.document_cues = [re.compile(rx, FLAGS) for rx in self.data.get("document_cues", [])]
        self._payroll_document = False

    def prepare(self, text: str) -> None:
        hits = sum(1 for rx in self.document_cues if rx.search(text))
        self._payroll_document = hits >= self.PAYROLL_MARKERS

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        pattern = result.analysis_explanation.pattern_name if result.analysis_explanation else ""
        value = text[result.start : result.end]
        digits = "".join(ch for ch in value if ch.isdigit())
        around = window(text, result.start, result.end, 70)
        if pattern in ("bank_account", "bank_account_es"):
            return result if len(digits) >= 4 else None
        if pattern == "card_number":
            cued = any(word in fold(around.before).lower() for word in ("card", "tarjeta"))
            if luhn_valid(digits) or cued:
                result.score = 0.9
                return result
            return None
        if pattern == "itin":
            line = around.line_before.lower()
            if "ssn" in line or "social security" in line:
                return None  # the SSN recognizer owns it
            return result
        if pattern == "masked_account":
            return result if ACCOUNT_WORD.search(around.line_before) else None
        if pattern in ("money_figure", "money_plain") and in_statement(text, result.start):
            result.score = 0.8  # a statement's row: the account's record, whatever it describes
            return result
        if pattern == "money_figure":
            return self._refine_money(text, result, around)
        if pattern == "money_plain":
            return self._refine_plain(text, result, around)
        return result

    def _refine_plain(self, text: str, result: RecognizerResult, around) -> RecognizerResult | None:
        """A bare decimal is money only in a payroll record, in a row of pay figures or a pay
        column, with no closer non-pay word on its line; never in a column of hours."""
        if not self._payroll_document:
            return None
        row = text[
            text.rfind("\n", 0, result.start) + 1 : (text.find("\n", result.end) + 1 or len(text) + 1) - 1
        ]
        if REDACTED_CELL.search(row):
            # released text read again: this row's cells were judged with their columns intact,
            # which the labels now shift; a bare figure left beside them was judged not money
            return None
        header = aligned_header(text, result.start)
        if header is not None and COUNT_COLUMN.search(header):
            return None
        line = around.line_before
        negative = self._last_match(self.negative_cues, line)
        positive = self._last_match(self.positive_cues, line)
        if negative is not None and (positive is None or negative > positive):
            return None
        figures = len(BARE_FIGURE.findall(row))
        tax_row = (TAX_ROW.search(row) or BALANCE_ROW.search(row)) and not HOURS_ROW.search(row)
        if figures >= 2 or tax_row or (header is not None and PAY_COLUMN.search(header)):
            # a row of current and year-to-date figures, or a pay column; a pay word alone is not
            # enough: a released stub read again has its other cells removed, and the hours
            # figure left on the "Overtime" row would read as money
            result.score = 0.6
            return result
        return None

    def _refine_money(self, text: str, result: RecognizerResult, around) -> RecognizerResult | None:
        header = column_header(text, result.start)
        if header is not None:  # a table cell: its column header decides
            if self.negative_cues and self.negative_cues.search(header):
                return None
            if self.positive_cues and self.positive_cues.search(header):
                result.score = 0.8
                return result
        aligned = aligned_header(text, result.start) if header is None else None
        if aligned is not None:  # a column of figures under words, with no rule or pipes
            if COUNT_COLUMN.search(aligned) or BUDGET_TABLE.search(
                aligned_header_line(text, result.start) or ""
            ):
                return None  # (its "Balance" is what is left of a budget, no account's)
            label = around.line_before
            if (
                (PAY_COLUMN.search(aligned) or (self.positive_cues and self.positive_cues.search(aligned)))
                and not (self.negative_cues and self.negative_cues.search(aligned))
                and not (self.negative_cues and self.negative_cues.search(label))
            ):
                result.score = 0.8
                return result
        # Nearest cue wins: look at the same line first, then the line before
        # (a column header), and let a negative cue closer than any positive one veto.
        before = around.line_before
        after = around.line_after[:40]
        positive = self._last_match(self.positive_cues, before)
        negative = self._last_match(self.negative_cues, before)
        if negative is not None and (positive is None or negative > positive):
            return None
        if positive is None:
            if self.negative_cues and self.negative_cues.search(after):
                return None
            rate = re.search(r"(?:/|per|an|a)\s*(?:hr|hour|wk|week)", text[result.start : result.end])
            if rate or self._payroll_document:
                result.score = 0.6
                return result
            if self.positive_cues and self.positive_cues.search(after):
                result.score = 0.7
                return result
            # Column header on the line before (pay stub tables).
            line_start = text.rfind("\n", 0, result.start)
            prev_start = text.rfind("\n", 0, max(0, line_start))
            header = text[prev_start + 1 : max(0, line_start)]
            if (
                self.positive_cues
                and self.positive_cues.search(header)
                and not (self.negative_cues and self.negative_cues.search(header))
            ):
                result.score = 0.6
                return result
            return None
        result.score = 0.8
        return result

    @staticmethod
    def _last_match(rx, text: str) -> int | None:
        if rx is None:
            return None
        last = None
        for match in rx.finditer(text):
            last = match.end()
        return last
