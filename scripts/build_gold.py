"""Build samples/gold.jsonl from the inline-markup corpus in samples/corpus/
(or `build_gold.py CORPUS_DIR TARGET.jsonl` for another corpus, e.g. the held-out one).

`{{ENTITY|covered text}}` becomes the covered text and a span over it
(shared/spec/gold-format.md). The document id is the file stem; the kind of
document (police, agency, es, clean) goes to `meta`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKUP = re.compile(r"\{\{([A-Z_]+)\|(.*?)\}\}", re.DOTALL)


def convert(marked: str) -> tuple[str, list[dict]]:
    """Plain text and spans from inline markup."""
    parts, spans, position, cursor = [], [], 0, 0
    for match in MARKUP.finditer(marked):
        before = marked[cursor : match.start()]
        parts.append(before)
        position += len(before)
        covered = match.group(2)
        spans.append({"start": position, "end": position + len(covered), "entity": match.group(1)})
        parts.append(covered)
        position += len(covered)
        cursor = match.end()
    parts.append(marked[cursor:])
    text = "".join(parts)
    if "{{" in text or "}}" in text:
        raise ValueError("stray markup braces")
    return text, spans


def main(corpus: Path = ROOT / "samples" / "corpus", target: Path = ROOT / "samples" / "gold.jsonl") -> int:
    lines = []
    for path in sorted(corpus.glob("*.txt")):
        try:
            text, spans = convert(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 1
        kind = path.stem.split("-")[0]
        lines.append(
            json.dumps(
                {"id": path.stem, "text": text, "spans": spans, "meta": {"kind": kind}}, ensure_ascii=False
            )
        )
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{target}: {len(lines)} documents")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3:
        sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
    sys.exit(main())
