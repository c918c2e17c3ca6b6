"""Make the sample documents `make run` redacts: plain text and PDF copies of a
few corpus documents (markup removed), written to samples/documents/.

Kept as a script so the PDFs are reproducible: `make pdfs`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import convert

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "samples" / "corpus"
TARGET = ROOT / "samples" / "documents"

AS_TEXT = ["police-001", "police-009", "agency-004", "agency-011", "es-002", "clean-003"]
AS_PDF = ["police-004", "police-017", "agency-013", "es-007"]
PAGE_BREAK = "--- Page"


def write_pdf(text: str, target: Path) -> None:
    """A text PDF with the DejaVu-free core font: Latin-1 only, so accents survive."""
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_creator("nh-redactor sample generator")
    pdf.add_page()
    pdf.set_font("Courier", size=8)
    for line in text.split("\n"):
        if line.startswith(PAGE_BREAK):
            pdf.add_page()
            continue
        safe = line.encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 3.6, safe or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "pdf").mkdir(exist_ok=True)
    for stem in AS_TEXT:
        text, _ = convert((CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
        (TARGET / f"{stem}.txt").write_text(text, encoding="utf-8")
    for stem in AS_PDF:
        text, _ = convert((CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
        write_pdf(text, TARGET / "pdf" / f"{stem}.pdf")
    print(f"{TARGET}: {len(AS_TEXT)} text and {len(AS_PDF)} PDF documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
