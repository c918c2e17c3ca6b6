"""Shared fixtures: one analyzer per test session (loading spaCy takes seconds)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def analyzer():
    from redactor.detect import build_analyzer

    return build_analyzer()


@pytest.fixture(scope="session")
def pipeline(analyzer):
    from redactor.pipeline import Pipeline

    return Pipeline("public", analyzer=analyzer)


@pytest.fixture(scope="session")
def find(analyzer):
    """find(text, entity) -> list of matched substrings for that entity (statement recognizers)."""
    from redactor.detect import detect

    def _find(text: str, entity: str) -> list[str]:
        return [text[f.start : f.end] for f in detect(text, analyzer) if f.entity == entity]

    return _find


@pytest.fixture(scope="session")
def redacted(pipeline):
    """redacted(text, entity=None) -> substrings the full pipeline redacts (optionally of one entity)."""

    def _redacted(text: str, entity: str | None = None) -> list[str]:
        plan = pipeline.analyze(text).plan
        return [text[r.start : r.end] for r in plan.redactions if entity is None or r.entity == entity]

    return _redacted


@pytest.fixture(autouse=True)
def _log_key(monkeypatch, tmp_path):
    """Never touch the user's real key file from a test."""
    monkeypatch.setenv("REDACTOR_KEY_FILE", str(tmp_path / "log-hmac.key"))
    monkeypatch.delenv("REDACTOR_LOG_KEY", raising=False)


@pytest.fixture
def no_network(monkeypatch):
    """Make every socket connection fail, as on an air-gapped records workstation."""

    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
