"""The detection engine's own parts, against the Presidio behaviour they stand in for."""

from __future__ import annotations

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from redactor.detect import BisectingContextEnhancer

TEXT = "SSN:  041-55-9872 (victim)\n\tPhone 203-555-0147; e-mail ana.ruiz@example.org. Done"


def test_context_token_lookup_agrees_with_presidio_at_every_offset(analyzer):
    """The bisection finds, for a match starting anywhere, the token Presidio's walk finds,
    including starts in the whitespace between tokens and the error after the last one."""
    artifacts = analyzer.nlp_engine.process_text(TEXT, "en")
    tokens, starts = artifacts.tokens, artifacts.tokens_indices
    for start in range(len(TEXT) + 2):
        try:
            expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, tokens, list(starts))
        except ValueError:
            with pytest.raises(ValueError):
                BisectingContextEnhancer._find_index_of_match_token("w", start, tokens, starts)
            continue
        assert BisectingContextEnhancer._find_index_of_match_token("w", start, tokens, starts) == expected
