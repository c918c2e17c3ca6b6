"""Per-paragraph language: English, Spanish, undetermined, or a third language sent to review."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from redactor.cli import app
from redactor.language import LanguageMap

BILINGUAL = """DECLARACIÓN JURADA DE TESTIGO (tomada en español)

Yo, Wilfredo Santiago Colón, bajo juramento, declaro lo siguiente: vi a dos hombres peleando en la esquina.

DSS case no.: 0048120397

[Officer's note, in English:] The declarant's wife will give a separate statement tomorrow at the station.
"""

PORTUGUESE = """Offense: 53a-61 Assault 3rd (Family Violence)

Victim statement (taken in Portuguese, not translated): Eu vi o meu marido bater na minha irmã na cozinha.
Ela estava chorando e o vizinho chamou a polícia. O meu número de telefone é o mesmo da minha irmã e eu
moro com ela desde janeiro, porque não tenho outro lugar para ficar.
"""


def test_each_paragraph_gets_its_language():
    languages = LanguageMap(BILINGUAL)
    assert [p.language for p in languages.paragraphs] == ["es", "es", "und", "en"]
    assert languages.at(BILINGUAL.index("vi a dos")) == "es"
    assert languages.at(BILINGUAL.index("separate statement")) == "en"
    assert languages.foreign() == []


def test_a_paragraph_in_a_third_language_is_noticed():
    foreign = LanguageMap(PORTUGUESE).foreign()
    assert [(number, p.language) for number, p in foreign] == [(2, "pt")]


def test_third_language_document_goes_to_review_not_out(tmp_path, analyzer):
    inbox, out, quarantine = tmp_path / "in", tmp_path / "out", tmp_path / "q"
    inbox.mkdir()
    (inbox / "statement.txt").write_text(PORTUGUESE, encoding="utf-8")
    (inbox / "bilingual.txt").write_text(BILINGUAL, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["redact", str(inbox), "--out", str(out), "--quarantine", str(quarantine)]
    )
    assert result.exit_code == 3, result.output
    assert not (out / "statement.txt").exists()
    reason = (quarantine / "statement.txt.reason.txt").read_text(encoding="utf-8")
    assert "'pt'" in reason and "marido" not in reason
    # The log tells a reviewer which language each redaction sat in.
    records = [json.loads(line) for line in (out / "redaction-log.jsonl").read_text().splitlines()]
    languages = {r["language"] for r in records if r["input"].endswith("bilingual.txt")}
    assert "es" in languages


def test_the_name_model_skips_unread_paragraphs_but_their_cues_still_count(analyzer):
    """Spanish paragraphs' names are never used, so the model does not read them; the
    statement recognizers still see every token there, and offsets stay the same."""
    from redactor.detect import detect

    english = "Officer Kevin Brooks interviewed Maria Gonzalez at the scene on Orchard Street.\n\n"
    spanish = "El señor Roberto Castillo Fuentes dijo que es indocumentado desde el año 2019.\n"
    text = english + spanish
    unread = [(len(english), len(text))]

    people = [f for f in detect(text, analyzer, unread=unread) if f.entity == "PERSON"]
    statuses = [f for f in detect(text, analyzer, unread=unread) if f.entity == "IMMIGRATION_STATUS"]

    assert people and all(f.end <= len(english) for f in people)
    assert "Maria Gonzalez" in {text[f.start : f.end] for f in people}
    assert any(f.start >= len(english) for f in detect(text, analyzer) if f.entity == "PERSON")
    assert statuses and "indocumentado" in text[statuses[0].start : statuses[0].end]
