"""OCR for pages with no text layer: Tesseract through pytesseract, word boxes kept.

A scanned page becomes a page of text like any other, built from Tesseract's
words in reading order, and each word keeps its box (in PDF points) so the PDF
writer can paint over exactly the words the plan removes. Two safety rules
sit on top, because OCR errors must not let a value through:

- digit confusions (O/0, l/1, S/5, B/8 …) inside a token that is mostly
  digits are read as digits, so an SSN misread as "O12-34-5678" still matches
  the number patterns (the replacement keeps offsets, one character for one);
- a word Tesseract is unsure of never means "skip": next to a redaction it is
  redacted with it; a number it is unsure of sends the document to review.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from redactor.errors import OcrNeedsReview, OcrUnavailable

if TYPE_CHECKING:
    from PIL import Image

    from redactor.documents import Document
    from redactor.plan import Redaction, RedactionPlan

OCR_DPI = 300
# Tesseract's word confidence runs 0-100; below these a word is treated as unsure.
UNSURE_CONFIDENCE = 60
REVIEW_CONFIDENCE = 40
# A page is blank when fewer than this share of its pixels carry ink.
BLANK_INK_SHARE = 0.0005

_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1",
                                   "i": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6",
                                   "g": "9", "q": "9", "T": "7"})  # fmt: skip
_NUMBERISH = re.compile(r"[0-9OoDQlI|iSsBZzGgqT][0-9OoDQlI|iSsBZzGgqT\-./]{3,}[0-9OoDQlI|iSsBZzGgqT]")


@dataclass(frozen=True)
class OcrWord:
    """One word Tesseract read: where it sits in the page text and on the page (PDF points)."""

    start: int
    end: int
    left: float
    bottom: float
    right: float
    top: float
    confidence: float


@cache
def ocr_languages() -> str:
    """'eng+spa' when both are installed: statements are taken in Spanish too."""
    if shutil.which("tesseract") is None:
        return ""
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception:
        return ""
    return "+".join(lang for lang in ("eng", "spa") if lang in installed)


def digits_for_lookalikes(token: str) -> str:
    """Read letter-for-digit confusions as digits in a token that is mostly digits."""
    if sum(ch.isdigit() for ch in token) * 2 < sum(ch.isalnum() for ch in token):
        return token
    return token.translate(_DIGIT_LOOKALIKES)


def _normalise_numbers(text: str) -> str:
    return _NUMBERISH.sub(lambda m: digits_for_lookalikes(m.group()), text)


def is_blank(gray: Image.Image) -> bool:
    """True when the rendered page (grayscale) carries (almost) no ink."""
    dark = sum(gray.histogram()[:160])
    return dark < BLANK_INK_SHARE * gray.width * gray.height


def ocr_page(page, path, number: int) -> tuple[str, tuple[OcrWord, ...]]:
    """Text and word boxes of one pdfium page read by Tesseract."""
    import pytesseract

    languages = ocr_languages()
    if not languages:
        raise OcrUnavailable(path, f"page {number} has no text layer and OCR (Tesseract) is not available")
    # Tesseract's OpenMP threads fight each other on small machines: one thread per
    # process read a page in 1.5 s here against 10 s with the default.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    scale = OCR_DPI / 72
    bitmap = page.render(scale=scale, may_draw_forms=False, draw_annots=False)
    try:
        image = bitmap.to_pil().convert("L")
        if is_blank(image):
            return "", ()
        data = pytesseract.image_to_data(image, lang=languages, output_type=pytesseract.Output.DICT)
        posconv = bitmap.get_posconv(page)
        text, words = _assemble(data, posconv)
    finally:
        bitmap.close()
    if not words:
        raise OcrNeedsReview(path, f"page {number} has content OCR could not read")
    return text, words


def _assemble(data: dict, posconv) -> tuple[str, tuple[OcrWord, ...]]:
    """Tesseract's words in reading order: a line per line, a blank line between blocks."""
    parts: list[str] = []
    words: list[OcrWord] = []
    position = 0
    previous_line = None
    for i, raw in enumerate(data["text"]):
        word = (raw or "").strip()
        if not word:
            continue
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if previous_line is not None:
            separator = " " if line == previous_line else ("\n" if line[:2] == previous_line[:2] else "\n\n")
            parts.append(separator)
            position += len(separator)
        previous_line = line
        word = _normalise_numbers(word)
        x0, y0 = data["left"][i], data["top"][i]
        x1, y1 = x0 + data["width"][i], y0 + data["height"][i]
        (px0, py0), (px1, py1) = posconv.to_page(x0, y1), posconv.to_page(x1, y0)
        words.append(
            OcrWord(
                start=position,
                end=position + len(word),
                left=min(px0, px1),
                bottom=min(py0, py1),
                right=max(px0, px1),
                top=max(py0, py1),
                confidence=float(data["conf"][i]),
            )
        )
        parts.append(word)
        position += len(word)
    return "".join(parts), tuple(words)


def _unsure_word_near(
    words: tuple[OcrWord, ...], index: int, plan: RedactionPlan, base: int
) -> Redaction | None:
    """The redaction next to word `index` on the same line, if there is one."""
    for neighbour in (index - 1, index + 1):
        if not 0 <= neighbour < len(words):
            continue
        other = words[neighbour]
        if abs(other.top - words[index].top) > words[index].top - words[index].bottom:
            continue  # another line
        for redaction in plan.redactions:
            if redaction.start < base + other.end and redaction.end > base + other.start:
                return redaction
    return None


def review_unsure_words(document: Document, plan: RedactionPlan) -> None:
    """Apply the low-confidence rules to the plan of a document with OCR'd pages.

    An unsure word beside a redaction is redacted with it (a misread surname
    next to a redacted first name is still the surname); an unsure word that
    reads as a number, and is not redacted, stops the document for review.
    """
    offsets = document.page_offsets()
    added = []
    for page, base in zip(document.pages, offsets, strict=True):
        for index, word in enumerate(page.ocr):
            if word.confidence >= UNSURE_CONFIDENCE or word.confidence < 0:
                continue
            start, end = base + word.start, base + word.end
            if any(r.start < end and r.end > start for r in plan.redactions):
                continue
            beside = _unsure_word_near(page.ocr, index, plan, base)
            if beside is not None:
                added.append(replace(beside, start=start, end=end, rule=beside.rule + "+ocr-unsure"))
            elif (
                word.confidence < REVIEW_CONFIDENCE
                and sum(ch.isdigit() for ch in page.text[word.start : word.end]) >= 3
            ):
                raise OcrNeedsReview(
                    document.path, f"page {page.number} has a number OCR read with low confidence"
                )
    if added:
        plan.redactions = sorted(plan.redactions + added, key=lambda r: r.start)
