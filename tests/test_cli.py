"""The command line: every command has help; extract prints the spec's form."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from letopis.cli import app

runner = CliRunner()
COMMANDS = ["ingest", "summary", "show", "entities", "events", "extract", "export", "merge", "serve", "bench", "eval"]


def test_every_command_has_help():
    for command in COMMANDS:
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output


def test_extract_events_prints_one_line_per_file_relative_to_dir(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Визит в Баку\n\nПрезидент Казахстана Касым-Жомарт Токаев провел переговоры "
                                  "с президентом Азербайджана Ильхамом Алиевым в Баку.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder / "a.txt"), "--format", "events", "--relative-to", str(tmp_path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.strip().splitlines()[-1])
    assert record["doc"] == "news/a"
    talks = [e for e in record["events"] if e["cameo"] == "040"]
    assert talks and talks[0]["source"]["country"] == "KAZ" and talks[0]["target"]["country"] == "AZE"
    assert set(talks[0]) >= {"cameo", "source", "target", "date", "location", "modality", "evidence"}


def test_ingest_then_query(tmp_path):
    (tmp_path / "a.txt").write_text("Россия ввела санкции против Великобритании.\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "--quiet"]).exit_code == 0
    again = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "--quiet"])
    assert again.exit_code == 0 and "written 0" in again.output       # rerunning is a no-op
    listed = runner.invoke(app, ["events", "--db", db, "--pair", "RUS-GBR", "--json"])
    assert json.loads(listed.output.splitlines()[0])["cameo"] == "163"
    assert runner.invoke(app, ["events", "--db", db, "--pair", "RUSGBR"]).exit_code == 2
    assert runner.invoke(app, ["show", "nonexistent", "--db", db]).exit_code == 2


def test_ingest_reports_failures_with_exit_code(tmp_path):
    (tmp_path / "good.txt").write_text("Токаев поздравил Алиева с победой.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "t.duckdb"), "--quiet"])
    assert result.exit_code == 1
    assert "written 1" in result.output


def test_eval_commands_resolve_their_predictors():
    # the eval commands import their predictors lazily: a renamed function must fail here, not in a user's run
    from letopis.eval.factrueval_predict import make_predictors
    from letopis.eval.nerel_predict import make_nerel_predictor

    assert callable(make_nerel_predictor) and callable(make_predictors)
    result = runner.invoke(app, ["eval", "factrueval", "--track", "2"])
    assert result.exit_code == 2
