"""Redaction of information made confidential by New Haven's Executive Order of
2020 and Police General Order 06-2.

Library API: `redact_text` for a string, `redact_path` for files and folders,
`Pipeline` to reuse one loaded model across many documents.
"""

from __future__ import annotations

from pathlib import Path

from redactor.pipeline import Pipeline

__all__ = ["Pipeline", "redact_path", "redact_text"]

_default: Pipeline | None = None


def _pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def redact_text(text: str, style: str = "label") -> str:
    """Redact one text under the strictest (public) profile."""
    return _pipeline().redact_text(text, style)


def redact_path(*inputs: Path, out: Path, log: Path | None = None, style: str = "label"):
    """Redact files or folders into `out`; returns one outcome per input document."""
    from redactor.batch import collect_jobs, run_batch

    jobs = collect_jobs([Path(p) for p in inputs], Path(out))
    return run_batch(jobs, _pipeline(), Path(out), Path(log or out), style)
