"""Small assertions shared by the recognizer tests."""

from __future__ import annotations


def covered(found: list[str], expected: str) -> bool:
    """Whether some found span contains `expected` (statements may grow to their verb)."""
    return any(expected in span for span in found)
