"""``vetplan`` command line: a thin typer layer over ``vetplan.pipeline`` and ``vetplan.batch``.

Heavy modules are imported inside the commands so that ``vetplan --help`` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

# numpy's BLAS threads would only spin here (vetplan's arrays are a few hundred numbers): one thread, set
# before numpy loads (an explicit setting wins)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

app = typer.Typer(
    name="vetplan",
    help=(
        "Turn Vietnamese vocational-education plans (OCR text, PDFs, page images, DOCX, DOC, ODT, RTF, web pages, "
        "folders, archives) "
        "into validated JSON.\n\nExample: vetplan ingest samples/* -o out/"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
lexicon_app = typer.Typer(help="Build and inspect the local lexicon learned from your own clean plans.",
                          no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vetplan {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True,
                                                  help="Print the version and exit.")] = None,
) -> None:
    """vetplan: Vietnamese vocational-education plans → structured data."""


def _damage(kind: str | None) -> str | None:
    """``--damage``: one of the kinds the normalizer knows (None: detect it), or a usage error."""
    from .normalize import KINDS

    if kind is not None and kind not in KINDS:
        typer.echo(f"vetplan: --damage must be one of {', '.join(KINDS)}, not {kind!r}", err=True)
        raise typer.Exit(2)
    return kind


def _cannot_write(path: Path) -> str | None:
    """Why a file cannot be written at ``path`` (its folder made if missing), or None."""
    if path.is_dir():
        return "is a folder"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"its folder cannot be made ({exc.strerror or exc})"
    if not os.access(path.parent, os.W_OK):
        return "its folder is not writable"
    return None


def _lexicon(path: Path | None) -> Path | None:
    """The local lexicon to use: ``--lexicon`` (one that cannot be used is a usage error), else the default one
    (``$VETPLAN_LEXICON`` or the learned one; one that cannot be used is named in a warning and left out)."""
    from .normalize.lexicon import lexicon_problem
    from .pipeline import default_lexicon_path

    if path is not None:
        if not path.is_file():
            typer.echo(f"vetplan: lexicon file not found: {path}", err=True)
            raise typer.Exit(2)
        problem = lexicon_problem(str(path))
        if problem:
            typer.echo(f"vetplan: lexicon {path}: {problem}", err=True)
            raise typer.Exit(2)
        return path
    default = default_lexicon_path()
    problem = lexicon_problem(str(default)) if default is not None else None
    if problem:
        typer.echo(f"vetplan: warning: lexicon {default}: {problem}; going on with the base lexicon alone", err=True)
        return None
    return default


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files, folders or archives (.zip, .tar, .tar.gz) to convert.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder (created if missing).")],
    jobs: Annotated[int, typer.Option("-j", "--jobs", min=1, help="Parallel worker processes.")] = os.cpu_count()
    or 1,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs whose output already holds the same "
                                         "content hash and vetplan version.")] = False,
    jsonl: Annotated[str | None, typer.Option("--jsonl", help="Also write all plans as JSON Lines to FILE "
                                              "('-' for stdout).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="Seconds allowed per file.")] = 600,
    max_pages: Annotated[int, typer.Option("--max-pages", min=1, help="Pages allowed per file.")] = 500,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Characters of text allowed per file.")]
    = 5_000_000,
    lexicon: Annotated[Path | None, typer.Option("--lexicon", help="Local lexicon from 'vetplan lexicon learn'.")]
    = None,
    damage: Annotated[str | None, typer.Option(
        "--damage", help="The damage kind of every input, when known (as for 'vetplan normalize'; e.g. ocr_vie for "
        "text files OCR'd with Tesseract's Vietnamese model elsewhere). Default: per file.")] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar and no summary.")] = False,
    worker_memory: Annotated[float | None, typer.Option(
        "--worker-memory", min=0, help="MB of memory past which a worker, its file done, is replaced by a fresh one "
        "(its caches grow with every plan it reads). Default: 300; 0: never.")] = None,
) -> None:
    """Convert plan files into OUT/<name>.json, one per plan, plus OUT/manifest.jsonl.

    Example: vetplan ingest samples/* archive.zip -o out/ --jobs 2 --resume

    Exit code 0 when every input converted (or was skipped), 1 when some failed (the others are
    still written), 2 for usage errors, 130 when interrupted.
    """
    from .batch import BatchOptions, run_batch
    from .pipeline import Limits

    damage = _damage(damage)
    if out.exists() and not out.is_dir():
        typer.echo(f"vetplan: -o must be a folder, and {out} is a file", err=True)
        raise typer.Exit(2)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        typer.echo(f"vetplan: cannot create the output folder {out}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from exc
    # --jsonl - : the plans go to stdout, the progress bar and messages to stderr
    problem = _cannot_write(Path(jsonl)) if jsonl and jsonl != "-" else None
    if problem:
        typer.echo(f"vetplan: --jsonl {jsonl}: {problem}", err=True)
        raise typer.Exit(2)
    options = BatchOptions(
        out_dir=out,
        jobs=jobs,
        resume=resume,
        timeout=timeout,
        limits=Limits(max_pages=max_pages, max_chars=max_chars),
        lexicon_path=_lexicon(lexicon),
        jsonl=jsonl,
        quiet=quiet,
        damage=damage,
    )
    if worker_memory is not None:
        options.worker_memory_mb = worker_memory or None
    if quiet:
        summary = run_batch(paths, options)
    else:
        summary = _ingest_with_progress(paths, options)
    raise typer.Exit(summary.exit_code)


def _ingest_with_progress(paths: list[Path], options):
    """Run the batch under a rich progress bar on stderr (counts, rate, ETA, failures); then print
    one summary line. Error lines are printed as plain text (a file name is never read as markup)."""
    import time

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    from .batch import run_batch

    console = Console(stderr=True, highlight=False)
    state = {"done": 0, "failed": 0}
    started = time.perf_counter()
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[failed]}"),
        console=console,
        redirect_stdout=False,  # stdout may carry --jsonl - plans
    ) as progress:
        task = progress.add_task("ingest", total=None, rate="", failed="")

        def on_start(total: int) -> None:
            progress.update(task, total=total)

        def on_record(rec) -> None:
            state["done"] += 1
            if rec.status == "error":
                state["failed"] += 1
                line = Text("error ", style="red")
                line.append(str(rec.error))
                progress.console.print(line)
            elapsed = max(time.perf_counter() - started, 1e-6)
            progress.update(task, advance=1, rate=f"{state['done'] / elapsed:.1f} files/s",
                            failed=f"{state['failed']} failed" if state["failed"] else "")

        summary = run_batch(paths, options, on_start=on_start, on_record=on_record)
    not_plans = sum(1 for r in summary.records if r.status in ("ok", "skipped") and r.is_plan is False)
    line = Text(
        f"{summary.count('ok')} ok, {summary.count('error')} failed, {summary.count('skipped')} skipped "
        + (f"({not_plans} not plans) " if not_plans else "")
        + f"of {len(summary.records)} in {summary.seconds:.1f} s → {Path(options.out_dir) / 'manifest.jsonl'}"
        + (" (interrupted: rerun with --resume to finish)" if summary.interrupted else "")
    )
    console.print(line)
    return summary


@app.command()
def normalize(
    file: Annotated[Path, typer.Argument(help="A plan file (text, PDF, image, DOCX, DOC, ODT, RTF, HTML).")],
    changes: Annotated[bool, typer.Option("--changes", help="Print the list of changes (JSON Lines) to stderr.")]
    = False,
    lexicon: Annotated[Path | None, typer.Option("--lexicon", help="Local lexicon from 'vetplan lexicon learn'.")]
    = None,
    damage: Annotated[str | None, typer.Option(
        "--damage", help="The damage kind when known: stripped, ocr_eng, substitution, or ocr_vie (text OCR'd with "
        "Tesseract's Vietnamese model elsewhere, whose marks may be wrong though it looks clean). Default: "
        "detected (ocr_vie for a scan vetplan OCRs itself).")] = None,
) -> None:
    """Print the repaired text: one output line per input line, so it compares line by line.

    Example: vetplan normalize samples/000_663358d11c2db32e.txt > repaired.txt
    """
    from .ingest import IngestError
    from .pipeline import normalize_file, repair_failure

    damage = _damage(damage)
    if file.is_dir():
        typer.echo(f"vetplan: {file} is a folder: normalize repairs one file ('vetplan ingest' takes folders)",
                   err=True)
        raise typer.Exit(2)
    try:
        result = normalize_file(file, lexicon_path=_lexicon(lexicon), damage=damage)
    except (IngestError, OSError) as exc:
        typer.echo(f"vetplan: {exc}", err=True)
        raise typer.Exit(1) from exc
    sys.stdout.write(result.text)
    if not result.text.endswith("\n"):
        sys.stdout.write("\n")
    if changes:
        for c in result.changes:
            sys.stderr.write(json.dumps(c.__dict__, ensure_ascii=False) + "\n")
    if result.failure:
        typer.echo(f"vetplan: {repair_failure(file, result.failure)}", err=True)
    typer.echo(
        f"damage={result.damage} tokens={result.tokens} changed={result.changed} uncertain={result.uncertain} "
        f"confidence={result.confidence:.3f}",
        err=True,
    )


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the Plan JSON that 'ingest' writes.

    Example: vetplan schema -o plan.schema.json
    """
    from .schemas import plan_json_schema

    text = json.dumps(plan_json_schema(), ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        from .batch import write_atomic

        try:
            write_atomic(out, text)
        except OSError as exc:
            typer.echo(f"vetplan: {out}: cannot be written ({exc.strerror or exc})", err=True)
            raise typer.Exit(1) from None


@lexicon_app.command("learn")
def lexicon_learn(
    paths: Annotated[list[Path], typer.Argument(help="Clean plans: folders, files or archives (text in any "
                                                "encoding, DOCX, DOC, ODT, RTF, HTML, PDFs with a text layer; scans "
                                                "are not read).")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Where to write the lexicon "
                                             "(default: ~/.local/share/vetplan/lexicon.json, used by later runs).")]
    = None,
) -> None:
    """Learn syllable and word n-grams from your own clean plans; later runs use them.

    Only clean text teaches: a file whose text is damaged (stripped of its marks, OCR'd, in a symbol code) is
    left out, and so are the damaged lines of a partly clean one; each is named on stderr with the reason.

    Example: vetplan lexicon learn archive/clean/
    """
    from .normalize import NothingToLearn
    from .pipeline import learn_local_lexicon

    missing = [p for p in paths if not p.exists()]
    if missing:
        typer.echo(f"vetplan: not a folder or file: {', '.join(map(str, missing))}", err=True)
        raise typer.Exit(2)
    target = out or Path.home() / ".local" / "share" / "vetplan" / "lexicon.json"
    if target.is_dir():
        target = target / "lexicon.json"
    try:
        stats = learn_local_lexicon(paths, target)
    except NothingToLearn as e:
        for s in e.skipped:
            typer.echo(f"vetplan: {s['file']}: {s['reason']}", err=True)
        typer.echo(f"vetplan: {e}; {target} not written", err=True)
        raise typer.Exit(1) from None
    except OSError as e:
        typer.echo(f"vetplan: {target}: cannot be written ({e.strerror or e})", err=True)
        raise typer.Exit(1) from None
    for s in stats["skipped"]:
        typer.echo(f"vetplan: {s['file']}: {s['reason']}; left out", err=True)
    for s in stats["partly_clean"]:
        typer.echo(f"vetplan: {s['file']}: {s['reason']}", err=True)
    typer.echo(json.dumps({"lexicon": str(target), **stats}, ensure_ascii=False))


@lexicon_app.command("show")
def lexicon_show(
    lexicon: Annotated[Path | None, typer.Option("--lexicon", help="A local lexicon to look at (default: the one "
                                                 "later runs use).")] = None,
) -> None:
    """Print which local lexicon runs use, whether it can be used, and what it and the base lexicon hold (JSON).

    Example: vetplan lexicon show
    """
    from .normalize.lexicon import base_lexicon, lexicon_problem, load_model, model_counts
    from .pipeline import default_lexicon_path

    if lexicon is not None and not lexicon.is_file():
        typer.echo(f"vetplan: lexicon file not found: {lexicon}", err=True)
        raise typer.Exit(2)
    path = lexicon or default_lexicon_path()
    shown: dict[str, object] = {"lexicon": str(path) if path else None}
    if path is not None:
        problem = lexicon_problem(str(path))
        shown["usable"] = problem is None
        shown["problem"] = problem
        if problem is None:
            local = load_model(str(path))
            shown["local"] = model_counts(local)
    shown["base"] = model_counts(base_lexicon())
    typer.echo(json.dumps(shown, ensure_ascii=False, indent=2))
    if path is not None and not shown["usable"]:
        raise typer.Exit(1)


if __name__ == "__main__":  # pragma: no cover
    app()
