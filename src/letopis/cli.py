"""letopis command line: thin wrappers over the Python API."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import LetopisError

app = typer.Typer(help="letopis: political events and their actors from Russian-language news.",
                  no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Measure letopis on the shared gold data and corpora.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
console = Console()
err = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="DuckDB database file.", envvar="LETOPIS_DB")]
DEFAULT_DB = "letopis.duckdb"


def default_shared() -> str:
    """../shared beside the checkout (where CI puts it), or $LETOPIS_SHARED."""
    import os

    if os.environ.get("LETOPIS_SHARED"):
        return os.environ["LETOPIS_SHARED"]
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (base / ".." / "shared").is_dir():
            return str((base / ".." / "shared").resolve())
    return "../shared"


SHARED = default_shared()


def fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    raise typer.Exit(code)


def open_db(db: str, read_only: bool = True):
    from .store import connect

    if read_only and not Path(db).exists():
        fail(f"no database at {db}: run 'letopis ingest PATH' first")
    return connect(db, read_only=read_only)


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files or folders (recursive); '-' reads stdin.")],
           db: DbOption = DEFAULT_DB,
           workers: Annotated[int, typer.Option(help="Processes; each loads the models once.")] = 1,
           dask: Annotated[Optional[str], typer.Option(help="'local' for a LocalCluster or a scheduler address tcp://HOST:8786.")] = None,
           out: Annotated[Optional[str], typer.Option(help="Parquet output folder for Dask runs.")] = None,
           retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Retry inputs that failed before.")] = False,
           max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this.")] = 20_000_000,
           quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False) -> None:
    """Read, clean and analyse articles into the database; rerunning is safe."""
    from .run import ingest as run_ingest

    report = run_ingest(paths, db, workers=workers, dask=dask, out_dir=out, retry_failed=retry_failed,
                        progress=not quiet, max_bytes=max_bytes,
                        stdin=sys.stdin.buffer if "-" in paths else None)
    console.print(report.summary(), highlight=False)
    if report.failures:
        table = Table(title=f"{len(report.failures)} failed inputs")
        for column in ("path", "record", "stage", "error", "message"):
            table.add_column(column, overflow="fold")
        for f in report.failures:
            table.add_row(f.path, f.record, f.stage, f.error, f.message)
        err.print(table)
        raise typer.Exit(1)


@app.command()
def summary(db: DbOption = DEFAULT_DB,
            limit: Annotated[int, typer.Option(help="Rows per section.")] = 25) -> None:
    """Documents, people with offices and countries, states, organisations and places."""
    from .store.read import summary as read_summary

    con = open_db(db)
    data = read_summary(con, limit)
    con.close()
    docs = Table(title=f"{len(data['documents'])} documents")
    for column in ("id", "title", "published", "author", "outlet"):
        docs.add_column(column, overflow="fold")
    for doc_id, *rest in data["documents"]:
        docs.add_row(doc_id[:10], *(str(v or "") for v in rest))
    console.print(docs)
    people = Table(title="People")
    for column in ("name", "country", "actor code", "offices", "docs"):
        people.add_column(column, overflow="fold")
    for name, country, code, offices, n in data["people"]:
        people.add_row(name, country or "", code or "", "; ".join(offices or []), str(n))
    console.print(people)
    for key, title in (("states", "States"), ("organisations", "Organisations"), ("places", "Places")):
        table = Table(title=title)
        for column in ("name", "country", "docs"):
            table.add_column(column)
        for name, country, n in data[key]:
            table.add_row(name, country or "", str(n))
        console.print(table)
    console.print(f"{data['events']} events, {data['quotes']} quotes, {len(data['failures'])} failed inputs")


@app.command()
def show(doc: Annotated[str, typer.Argument(help="Document id (or its first characters) or path.")],
         db: DbOption = DEFAULT_DB) -> None:
    """The clean article with its entities, event triggers and quotes marked."""
    from .render import document_view
    from .store.read import resolve_doc_id

    con = open_db(db)
    try:
        doc_id = resolve_doc_id(con, doc)
    except LetopisError as error:
        fail(str(error))

    def rows(sql: str) -> list[dict]:
        cursor = con.execute(sql, [doc_id])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]

    document = rows("SELECT * FROM documents WHERE id = ?")[0]
    view = document_view(document, rows("SELECT * FROM mentions WHERE doc_id = ? ORDER BY i"),
                         rows("SELECT * FROM entities WHERE doc_id = ? ORDER BY id"),
                         rows("SELECT * FROM events WHERE doc_id = ? ORDER BY i"),
                         rows("SELECT * FROM quotes WHERE doc_id = ? ORDER BY i"))
    con.close()
    console.print(view)


@app.command()
def entities(db: DbOption = DEFAULT_DB,
             type: Annotated[Optional[str], typer.Option("--type", help="PER, ORG, GPE or LOC.")] = None,
             country: Annotated[Optional[str], typer.Option(help="ISO3 code, or IGO:<acronym>.")] = None,
             name: Annotated[Optional[str], typer.Option(help="Part of the name.")] = None,
             limit: int = 100) -> None:
    """Entities across all documents, with offices and countries."""
    from .store.read import find_entities

    con = open_db(db)
    rows = find_entities(con, type, country, name, limit)
    con.close()
    table = Table(title=f"{len(rows)} entities")
    for column in ("type", "name", "country", "code", "offices", "docs"):
        table.add_column(column, overflow="fold")
    for type_, name_, country_, code, offices, n in rows:
        table.add_row(type_, name_, country_ or "", code or "", "; ".join(offices or []), str(n))
    console.print(table)


@app.command()
def events(db: DbOption = DEFAULT_DB,
           actor: Annotated[Optional[str], typer.Option(help="Part of an actor's name, either side.")] = None,
           pair: Annotated[Optional[str], typer.Option(help="Country pair, either direction: KAZ-AZE.")] = None,
           code: Annotated[Optional[str], typer.Option(help="CAMEO code or root prefix: 04, 042.")] = None,
           quad: Annotated[Optional[int], typer.Option(help="QuadClass 1-4.")] = None,
           date_from: Annotated[Optional[str], typer.Option("--from", help="ISO date.")] = None,
           date_to: Annotated[Optional[str], typer.Option("--to", help="ISO date.")] = None,
           modality: Annotated[Optional[str], typer.Option(help="asserted, planned, negated or hypothetical.")] = None,
           doc: Annotated[Optional[str], typer.Option(help="Document id prefix.")] = None,
           limit: int = 100,
           as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False) -> None:
    """List and filter the stored events (the same filters and checks as /api/events)."""
    from .api.queries import FilterError, list_events, parse_event_filters, parse_page
    from .render import event_table
    from .store.read import resolve_doc_id

    con = open_db(db)
    try:
        doc_id = resolve_doc_id(con, doc) if doc else None
        filters = parse_event_filters({"actor": actor, "pair": pair, "cameo": code, "modality": modality,
                                       "quad_class": str(quad) if quad else None, "date_from": date_from,
                                       "date_to": date_to, "doc_id": doc_id})
        rows = list_events(con, filters, parse_page(str(limit), "0"))["events"]
    except (FilterError, LetopisError) as error:
        fail(str(error))
    con.close()
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
        return
    console.print(event_table(rows, f"{len(rows)} events"))


@app.command()
def extract(files: Annotated[list[str], typer.Argument(help="Files or folders; no database is used.")],
            format: Annotated[str, typer.Option("--format", help="json (the whole analysis) or events (the spec's form).")] = "json",
            relative_to: Annotated[Optional[str], typer.Option("--relative-to", help="'doc' is the path relative to this folder, without extension.")] = None,
            tokens: Annotated[bool, typer.Option("--tokens", help="Include tokens in json output.")] = False) -> None:
    """Analyse files and print one JSON object per document."""
    from .analyse import analyse_paths, doc_name
    from .doc import Failure
    from .events.spec import document_record

    if format not in ("json", "events"):
        fail(f"--format must be json or events, not {format!r}")
    failed = 0
    for item in analyse_paths(files):
        if isinstance(item, Failure):
            failed += 1
            err.print(f"[red]failed[/red] {item.path} {item.record}: {item.message}", highlight=False)
            continue
        name = doc_name(item.path + (f"#{item.record}" if item.record else ""), relative_to)
        if format == "events":
            record = document_record(item, name)
        else:
            record = asdict(item)
            record["doc"] = name
            if not tokens:
                record.pop("tokens")
        print(json.dumps(record, ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


@app.command()
def export(out: Annotated[str, typer.Option("--out", help="Output folder.")],
           format: Annotated[str, typer.Option("--format", help="parquet, jsonl, csv or gdelt.")] = "parquet",
           db: DbOption = DEFAULT_DB,
           all_modalities: Annotated[bool, typer.Option("--all-modalities", help="gdelt: also negated and hypothetical events.")] = False) -> None:
    """Write documents, actors, events and quotes for other tools."""
    from .store.export import export as run_export

    if not Path(db).exists():
        fail(f"no database at {db}")
    try:
        options = {"modalities": None} if all_modalities else {}
        written = run_export(db, out, format, **options)
    except (ValueError, LetopisError) as error:
        fail(str(error))
    for table, path in written.items():
        console.print(f"{table}: {path}", highlight=False)


@app.command()
def merge(parts: Annotated[str, typer.Argument(help="Parquet folder written by a Dask run.")],
          db: DbOption = DEFAULT_DB) -> None:
    """Merge Parquet partitions into the database, skipping documents already there."""
    from .run import merge as run_merge

    console.print(run_merge(parts, db))


@app.command()
def serve(db: DbOption = DEFAULT_DB,
          host: Annotated[str, typer.Option(help="Bind address; non-loopback needs a token.")] = "127.0.0.1",
          port: int = 8000,
          token: Annotated[Optional[str], typer.Option(help="Bearer token for write endpoints.", envvar="LETOPIS_TOKEN")] = None) -> None:
    """The web explorer and JSON API over the database."""
    from .api import serve as run_serve

    run_serve(db, host=host, port=port, token=token)


@app.command()
def bench(shared: Annotated[str, typer.Option(help="The shared data folder (NEREL texts).")] = SHARED,
          docs: Annotated[int, typer.Option(help="Documents to process (NEREL repeated).")] = 10_000,
          out: Annotated[str, typer.Option(help="Results folder.")] = "benchmarks/results") -> None:
    """Throughput per stage and per worker, against bare natasha."""
    from .bench import run_bench

    results = run_bench(shared, n_docs=docs, out_dir=out)
    console.print_json(json.dumps(results, default=str))


@eval_app.command("events")
def eval_events(gold: Annotated[str, typer.Option(help="Gold JSON Lines (the spec's form).")],
                pred: Annotated[Optional[str], typer.Option(help="Predictions; default: run letopis on the gold documents.")] = None,
                out: Annotated[Optional[str], typer.Option(help="Write the full report (with misses) as JSON here.")] = None,
                shared: Annotated[Optional[str], typer.Option(help="Folder the gold's document paths are relative to "
                                                              "(itself or its corpora/); default: the gold file's grandparent.")] = None) -> None:
    """Precision, recall and F1 at root level, per-root recall, attribute agreement."""
    from .eval.events import predict_gold_documents, read_jsonl, score_events
    from .eval.run_events import predict_file

    gold_events = read_jsonl(gold)
    try:
        predicted = read_jsonl(pred) if pred else predict_gold_documents(Path(gold), predict_file,
                                                                         shared=Path(shared) if shared else None)
    except FileNotFoundError as error:
        fail(str(error))
    report = score_events(predicted, gold_events)
    console.print(f"root-level: P {report['precision']:.3f}  R {report['recall']:.3f}  F1 {report['f1']:.3f}  "
                  f"({report['matched']} matched, {report['predicted']} predicted, {report['gold']} gold)")
    table = Table(title="recall per root")
    for column in ("root", "gold", "matched", "recall"):
        table.add_column(column)
    for root, r in report["per_root_recall"].items():
        table.add_row(root, str(r["gold"]), str(r["matched"]), f"{r['recall']:.2f}")
    console.print(table)
    agree = Table(title="agreement on matched pairs")
    agree.add_column("attribute")
    agree.add_column("share")
    for name, share in report["agreement"].items():
        agree.add_row(name, f"{share:.2f}")
    dated = report["date_where_gold_dated"]
    agree.add_row("date (gold dated)", f"{dated['share']:.2f} of {dated['pairs']}")
    console.print(agree)
    if out:
        Path(out).write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


@eval_app.command("factrueval")
def eval_factrueval(track: Annotated[int, typer.Option(help="1 (entities) or 3 (facts).")] = 1,
                    split: Annotated[str, typer.Option(help="devset or testset.")] = "testset",
                    out: Annotated[str, typer.Option(help="Folder for the response files.")] = "out/factrueval",
                    shared: Annotated[str, typer.Option(help="The shared data folder.")] = SHARED) -> None:
    """factRuEval-2016: write the competition's response files and score them."""
    from .eval.factrueval import run_track1, run_track3
    from .eval.factrueval_predict import make_predictors

    if track not in (1, 3):
        fail("--track must be 1 or 3")
    predict_mentions, predict_facts = make_predictors()
    if track == 1:
        result = run_track1(predict_mentions, split, out, shared)
    else:
        result = run_track3(predict_facts, split, out, shared)
    console.print_json(json.dumps(result, default=str))


@eval_app.command("nerel")
def eval_nerel(split: Annotated[str, typer.Option(help="train, dev or test.")] = "test",
               shared: Annotated[str, typer.Option(help="The shared data folder.")] = SHARED) -> None:
    """NEREL v1.1: P/R/F1 for PER, ORG and LOC with letopis' entities."""
    from .eval.nerel import score_nerel
    from .eval.nerel_predict import make_nerel_predictor

    console.print_json(json.dumps(score_nerel(make_nerel_predictor(), split, shared), default=str))


def main() -> None:
    try:
        app()
    except LetopisError as error:
        fail(str(error))


if __name__ == "__main__":
    main()
