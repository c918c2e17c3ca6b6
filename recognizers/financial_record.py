"""FINANCIAL_RECORD: account, routing and card numbers, ITINs, payroll and tax figures.

A dollar figure alone reveals nothing; a figure on a pay stub or a W-2 is the
"income tax or other financial records" GO 06-2 III.A protects. Figures are
kept only when a payroll/tax/bank cue is on the same line or just before, and
no stolen-property, bail, fine, rent or budget cue is closer.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers.base import FLAGS, CuedPatternRecognizer, window
from recognizers.table_columns import column_header


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
            cued = "card" in around.before.lower()
            if luhn_valid(digits) or cued:
                result.score = 0.9
                return result
            return None
        if pattern == "itin":
            line = around.line_before.lower()
            if "ssn" in line or "social security" in line:
                return None  # the SSN recognizer owns it
            return result
        if pattern == "money_figure":
            return self._refine_money(text, result, around)
        return result

    def _refine_money(self, text: str, result: RecognizerResult, around) -> RecognizerResult | None:
        header = column_header(text, result.start)
        if header is not None:  # a table cell: its column header decides
            if self.negative_cues and self.negative_cues.search(header):
                return None
            if self.positive_cues and self.positive_cues.search(header):
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
