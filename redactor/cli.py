"""The command line: a thin layer over the library, and the only place errors become exit codes.

Exit codes: 0 every document redacted; 3 one or more documents quarantined;
2 usage error; 4 the tool cannot run (model, profile, gold file).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from redactor.errors import EXIT_OK, EXIT_QUARANTINED, RedactorError
from redactor.policy import DEFAULT_PROFILE, ENTITIES

app = typer.Typer(
    help="Redact information made confidential by New Haven's Executive Order of 2020 "
    "and Police General Order 06-2 (SSNs, financial records, immigration status, public "
    "assistance, sexual orientation, victims of family violence and sexual assault, crime witnesses).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
PROGRESS_THRESHOLD = 5


class Style(StrEnum):
    label = "label"
    box = "box"


def _fail(exc: RedactorError) -> None:
    err.print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
    raise typer.Exit(exc.exit_code)


@app.command()
def redact(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Files or folders to redact (.txt, .md, .pdf). Folders are walked recursively."),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder; its structure mirrors the inputs'.")
    ],
    log: Annotated[
        Path | None,
        typer.Option(
            "--log", help="Folder for redaction-log.jsonl and summary.csv (default: the output folder)."
        ),
    ] = None,
    style: Annotated[
        Style,
        typer.Option(
            help="'label' writes [DV VICTIM 1]-style labels; 'box' replaces each redacted character with █, keeping lengths and lines."
        ),
    ] = Style.label,
    profile: Annotated[
        str,
        typer.Option(help="Release profile naming the legal basis of the release (see redactor profiles)."),
    ] = DEFAULT_PROFILE,
    quarantine: Annotated[
        Path | None,
        typer.Option(
            help="Copy documents that fail into this folder, each with a .reason.txt; by default they are only listed in the summary."
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing but errors (for scripts and hooks).")
    ] = False,
) -> None:
    """Redact documents into OUT, with a redaction log and a summary."""
    from redactor.batch import collect_jobs, run_batch
    from redactor.pipeline import Pipeline

    try:
        jobs = collect_jobs(inputs, out)
        pipeline = Pipeline(profile)
    except RedactorError as exc:
        _fail(exc)
    log_dir = log or out

    def report(outcome) -> None:
        if outcome.quarantined:
            err.print(f"{outcome.path}: {outcome.status}", highlight=False, markup=False)

    if quiet or len(jobs) <= PROGRESS_THRESHOLD:
        outcomes = run_batch(jobs, pipeline, out, log_dir, style.value, quarantine, report)
    else:
        with Progress(
            TextColumn("redacting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("redact", total=len(jobs))

            def advance(outcome) -> None:
                report(outcome)
                progress.advance(task)

            outcomes = run_batch(jobs, pipeline, out, log_dir, style.value, quarantine, advance)
    if not quiet:
        _print_summary(outcomes, log_dir)
    raise typer.Exit(EXIT_QUARANTINED if any(o.quarantined for o in outcomes) else EXIT_OK)


def _print_summary(outcomes, log_dir: Path) -> None:
    console = Console()
    totals = {entity: 0 for entity in ENTITIES}
    for outcome in outcomes:
        for entity, count in outcome.counts.items():
            totals[entity] += count
    table = Table(title="Redactions by entity")
    table.add_column("entity")
    table.add_column("redactions", justify="right")
    for entity, count in totals.items():
        table.add_row(entity, str(count))
    console.print(table)
    quarantined = [o for o in outcomes if o.quarantined]
    redacted = len(outcomes) - len(quarantined)
    console.print(f"{redacted} document(s) redacted, {len(quarantined)} quarantined.", highlight=False)
    if quarantined:
        table = Table(title="Quarantined documents (nothing of them was written to the output)")
        table.add_column("document")
        table.add_column("reason")
        for outcome in quarantined:
            table.add_row(str(outcome.path), outcome.status.removeprefix("quarantined: "))
        console.print(table)
    console.print(f"Log and summary: {log_dir}", highlight=False)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold corpus (JSON Lines, see shared/spec/gold-format.md).")],
    profile: Annotated[str, typer.Option(help="Release profile to score under.")] = DEFAULT_PROFILE,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object on stdout and nothing else.")
    ] = False,
    show_missed: Annotated[
        bool,
        typer.Option(
            "--show-missed",
            help="Print each missed span and each wrong redaction with a line of context (not with --json).",
        ),
    ] = False,
) -> None:
    """Score the detector on a gold corpus: recall per entity, precision, over-redaction."""
    from redactor.evaluate import evaluate, load_gold
    from redactor.pipeline import Pipeline

    try:
        documents = load_gold(gold)
        pipeline = Pipeline(profile)
    except RedactorError as exc:
        _fail(exc)

    def redact(text: str) -> list[tuple[int, int]]:
        return [(r.start, r.end) for r in pipeline.analyze(text).plan.redactions]

    report = evaluate(documents, redact)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json()) + "\n")
        return
    console = Console()
    table = Table(title=f"{gold} — {report.documents} documents, profile {profile}")
    for column in ("entity", "gold spans", "caught", "recall"):
        table.add_column(column, justify="left" if column == "entity" else "right")
    for entity, (total, caught) in report.per_entity.items():
        table.add_row(entity, str(total), str(caught), f"{caught / total:.3f}")
    console.print(table)
    console.print(
        f"overall recall {report.overall_recall():.3f}   precision {report.precision():.3f} "
        f"({report.right}/{report.redactions})   over-redaction {report.over_redaction():.4f}   "
        f"{report.seconds:.1f} s",
        highlight=False,
    )
    if show_missed:
        texts = {d.id: d.text for d in documents}
        for kind, items in (("MISSED", report.missed), ("WRONG", report.wrong)):
            for item in items:
                text = texts[item["id"]]
                line_start = text.rfind("\n", 0, item["start"]) + 1
                line_end = text.find("\n", item["end"])
                line = text[line_start : line_end if line_end >= 0 else len(text)]
                span = text[item["start"] : item["end"]]
                label = item.get("entity", "")
                console.print(
                    f"{kind} {item['id']} {label} «{span}»  | {line.strip()}", highlight=False, markup=False
                )


@app.command()
def verify(
    original: Annotated[Path, typer.Argument(help="The original document (.txt, .md, .pdf, .docx or .eml).")],
    redacted: Annotated[
        Path, typer.Argument(help="Its redacted copy (in its own format, or the redacted text).")
    ],
    profile: Annotated[str, typer.Option(help="Release profile the copy was made under.")] = DEFAULT_PROFILE,
) -> None:
    """Check a redacted copy by hand: the same release check a redaction run applies."""
    from redactor.pipeline import Pipeline
    from redactor.readers import read_document
    from redactor.verify import verify_copy

    try:
        document = read_document(original)
        pipeline = Pipeline(profile)
        plan = pipeline.plan_document(document)
    except RedactorError as exc:
        _fail(exc)
    report = verify_copy(redacted, plan, len(document.pages), pipeline)
    if report.ok:
        typer.echo(f"{redacted}: passes ({len(plan.redactions)} redactions checked)")
        return
    for failure in report.failures:
        err.print(f"{redacted}: {failure}", highlight=False, markup=False)
    raise typer.Exit(EXIT_QUARANTINED)


@app.command()
def profiles() -> None:
    """List the release profiles and their legal bases."""
    from redactor.policy import profiles as load_profiles

    for profile in load_profiles().values():
        disclosed = ", ".join(sorted(profile.disclose)) or "nothing"
        typer.echo(f"{profile.name}: {profile.basis}\n    discloses: {disclosed}\n    {profile.description}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
