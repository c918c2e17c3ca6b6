"""Redacted PDF output: every page rebuilt from a rendering, never edited in place.

Why rebuild: a box drawn over text that stays in the content stream is the
classic redaction failure, and content-stream surgery has to get every font
encoding, XObject, annotation and incremental update right. Rendering the page
(pypdfium2), painting the boxes into the pixels, and writing a new file whose
only text is an invisible layer of the *kept* words, each at its own absolute
position, removes the redacted glyphs by construction: nothing of the input's
objects, metadata, annotations, forms, attachments or revisions is copied, and
the spacing of kept words cannot betray the removed ones.

Character boxes come from the PDF's own text layer (pypdfium2). Detection runs
on pypdf's text (it keeps table spacing); the two extractions are aligned on
their non-whitespace characters to map each redaction onto boxes. A scanned
page's boxes are the word boxes Tesseract gave when the page was read.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import TextMode
from PIL import ImageChops, ImageDraw

from recognizers.base import fold
from redactor.documents import Document, Page
from redactor.plan import RedactionPlan

RENDER_DPI = 200
BOX_PADDING_PT = 1.0
LABEL_CODES = {
    "US_SSN": "SSN",
    "FINANCIAL_RECORD": "FIN",
    "IMMIGRATION_STATUS": "IMM",
    "PUBLIC_ASSISTANCE": "PA",
    "SEXUAL_ORIENTATION": "SO",
    "DV_VICTIM": "DV",
    "SEXUAL_ASSAULT_VICTIM": "SA",
    "CRIME_WITNESS": "WIT",
}


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF points, origin bottom-left, as pdfium reports character boxes."""

    left: float
    bottom: float
    right: float
    top: float

    def union(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.bottom, other.bottom),
            max(self.right, other.right),
            max(self.top, other.top),
        )


@dataclass
class PageLayout:
    """pdfium's characters of one page and, for each, the index into pypdf's page text (or -1)."""

    chars: str
    boxes: list[Box]
    source_index: list[int]


def _align(source: str, chars: str) -> list[int]:
    """Map each pdfium character to the same character in pypdf's text.

    Both extractions list the page's glyphs in reading order; they differ in
    whitespace (and, on rotated pages, in the order of lines). A walk over the
    non-whitespace characters of both pairs them; where they disagree, the
    walk resynchronises on the next run of eight matching characters.
    """
    src_pos = [i for i, ch in enumerate(source) if not ch.isspace()]
    src_chars = [source[i] for i in src_pos]
    joined = "".join(src_chars)
    mapping = [-1] * len(chars)
    j = 0
    for i, ch in enumerate(chars):
        if ch.isspace():
            continue
        if j < len(src_chars) and src_chars[j] == ch:
            mapping[i] = src_pos[j]
            j += 1
            continue
        # resynchronise: find the next 8 characters of pdfium's text in pypdf's, ahead
        # first, then anywhere (on a rotated page the two list lines in different orders)
        probe = "".join(c for c in chars[i : i + 40] if not c.isspace())[:8]
        found = joined.find(probe, j) if len(probe) == 8 else -1
        if found < 0 and len(probe) == 8:
            found = joined.find(probe)
        if found >= 0:
            j = found
            mapping[i] = src_pos[j]
            j += 1
    return mapping


def _ocr_layout(page: Page) -> PageLayout:
    """An OCR'd page: its text is Tesseract's words, each character boxed by its word."""
    boxes = [Box(0.0, 0.0, 0.0, 0.0)] * len(page.text)
    for word in page.ocr:
        box = Box(word.left, word.bottom, word.right, word.top)
        boxes[word.start : word.end] = [box] * (word.end - word.start)
        if word.end < len(boxes) and page.text[word.end] == " ":
            boxes[word.end] = box  # a space inside a redacted name joins its two words
    return PageLayout(page.text, boxes, list(range(len(page.text))))


def page_layouts(pdf: pdfium.PdfDocument, document: Document) -> list[PageLayout]:
    layouts = []
    for index, page in enumerate(document.pages):
        if page.ocr:
            layouts.append(_ocr_layout(page))
            continue
        textpage = pdf[index].get_textpage()
        count = textpage.count_chars()
        chars = textpage.get_text_range(0, count) if count else ""
        boxes = [Box(*textpage.get_charbox(i)) for i in range(len(chars))]
        layouts.append(PageLayout(chars, boxes, _align(page.text, chars)))
    return layouts


@dataclass(frozen=True)
class PaintedBox:
    """A box painted on the output: its page (0-based), its rectangle in points from the
    page's top-left corner as shown, and the index of the plan's redaction it covers."""

    page: int
    rect: tuple[float, float, float, float]
    redaction: int


def _redacted_boxes(
    layout: PageLayout, spans: list[tuple[int, int, int]]
) -> tuple[list[tuple[Box, int]], set[int]]:
    """Boxes to paint (one per line run of a redaction) and the pdfium characters they remove."""
    removed: set[int] = set()
    painted: list[tuple[Box, int]] = []
    for start, end, number in spans:
        run: Box | None = None
        last_top = None
        for i, src in enumerate(layout.source_index):
            if not (start <= src < end):
                continue
            removed.add(i)
            box = layout.boxes[i]
            if box.right <= box.left:
                continue  # a line break between OCR words has no box
            if run is not None and last_top is not None and abs(box.top - last_top) > (box.top - box.bottom):
                painted.append((run, number))  # the span continues on the next line
                run = None
            run = box if run is None else run.union(box)
            last_top = box.top
        if run is not None:
            painted.append((run, number))
    return painted, removed


def _kept_words(layout: PageLayout, removed: set[int]) -> list[tuple[str, Box]]:
    """Words of the page with no removed character, each with its own box."""
    words: list[tuple[str, Box]] = []
    text, box, dirty = "", None, False
    for i, ch in enumerate(layout.chars + " "):
        if ch.isspace() or i >= len(layout.boxes):
            if text and box is not None and not dirty:
                words.append((text, box))
            text, box, dirty = "", None, False
            continue
        dirty = dirty or i in removed
        text += ch
        box = layout.boxes[i] if box is None else box.union(layout.boxes[i])
    return words


def _smallest(image):
    """Grayscale when the page has no colour: a third of the size for typical records."""
    red, green, blue = image.split()
    if (
        ImageChops.difference(red, green).getbbox() is None
        and ImageChops.difference(green, blue).getbbox() is None
    ):
        return red
    return image


def _latin1(text: str) -> str:
    return fold(text).encode("latin-1", "replace").decode("latin-1")


def write_pdf(source: Path, document: Document, plan: RedactionPlan, target: Path) -> list[PaintedBox]:
    """Write the redacted copy of `source` to `target` (atomically); return the boxes painted,
    so the release check can reconcile them with the plan."""
    pdf_in = pdfium.PdfDocument(str(source))
    offsets = document.page_offsets()
    out = FPDF(unit="pt")
    out.set_creator("nh-redactor")
    out.set_producer("nh-redactor")
    out.set_auto_page_break(False)
    out.set_margins(0, 0, 0)
    boxes: list[PaintedBox] = []
    try:
        for index, layout in enumerate(page_layouts(pdf_in, document)):
            base = offsets[index]
            page_len = len(document.pages[index].text)
            spans = [
                (max(r.start, base) - base, min(r.end, base + page_len) - base, number)
                for number, r in enumerate(plan.redactions)
                if r.start < base + page_len and r.end > base
            ]
            painted, removed = _redacted_boxes(layout, spans)
            page = pdf_in[index]
            scale = RENDER_DPI / 72
            # Annotations and form fields hold text the detector never saw: they are dropped,
            # not drawn (a value in a form field would otherwise survive as pixels).
            bitmap = page.render(scale=scale, may_draw_forms=False, draw_annots=False)
            posconv = bitmap.get_posconv(page)
            image = bitmap.to_pil().convert("RGB")
            draw = ImageDraw.Draw(image)
            for box, number in painted:
                corners = [
                    posconv.to_bitmap(x, y)
                    for x, y in (
                        (box.left - BOX_PADDING_PT, box.bottom - BOX_PADDING_PT),
                        (box.right + BOX_PADDING_PT, box.top + BOX_PADDING_PT),
                    )
                ]
                xs, ys = [c[0] for c in corners], [c[1] for c in corners]
                rect = (min(xs), min(ys), max(xs), max(ys))
                draw.rectangle(rect, fill=(0, 0, 0))
                boxes.append(PaintedBox(index, tuple(v / scale for v in rect), number))
                code = LABEL_CODES.get(plan.redactions[number].entity, "")
                if rect[2] - rect[0] > 8 * len(code) and rect[3] - rect[1] > 10:
                    draw.text((rect[0] + 2, rect[1] + 1), code, fill=(255, 255, 255))
            # The rendering is the page as shown (its /Rotate applied): the new page takes its shape.
            display_w, display_h = bitmap.width / scale, bitmap.height / scale
            out.add_page(format=(display_w, display_h))
            buffer = io.BytesIO()
            _smallest(image).save(buffer, format="PNG", optimize=True)
            buffer.seek(0)
            out.image(buffer, x=0, y=0, w=display_w, h=display_h)
            _invisible_text(out, _kept_words(layout, removed), posconv, scale)
            bitmap.close()
    finally:
        pdf_in.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".partial-", suffix=".pdf")
    os.close(fd)
    try:
        out.output(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return boxes


def _invisible_text(out: FPDF, words: list[tuple[str, Box]], posconv, scale: float) -> None:
    """Each kept word at its own position, invisible, so the page stays searchable."""
    out.text_mode = TextMode.INVISIBLE
    for word, box in words:
        (x0, y0), (x1, y1) = posconv.to_bitmap(box.left, box.top), posconv.to_bitmap(box.right, box.bottom)
        left, top = min(x0, x1) / scale, min(y0, y1) / scale
        w, h = abs(x1 - x0) / scale, abs(y1 - y0) / scale
        if w <= 0 or h <= 0:
            continue
        text = _latin1(word)
        size = max(h, 1.0)
        out.set_font("Helvetica", size=size)
        natural = out.get_string_width(text)
        if natural > 0:
            out.set_stretching(max(10.0, min(1000.0, 100.0 * w / natural)))
        out.text(left, top + h * 0.8, text)
    out.set_stretching(100)
    out.text_mode = TextMode.FILL
