"""`letopis export`: Parquet, JSON Lines, CSV and the GDELT 2.0 event table, read back and checked.

The three documents are short news items invented for these tests; two of them report
the same visit, so the GDELT export must group them into one event with two articles.
"""
from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from letopis.doc import Actor, Doc, Entity, Event, Quote, Sentence, make_doc_id
from letopis.errors import StoreError
from letopis.store.db import connect, write_docs
from letopis.store.export import export
from letopis.store.export_gdelt import COLUMNS, date_parts, event_id, load_fips, read_tsv, split_actor

ADDED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
BAYRAMOV = ("PER", "Джейхун Байрамов", "AZE", "AZEGOVDIP", "джейхун байрамов|AZE")
KAZAKHSTAN = ("GPE", "Казахстан", "KAZ", "KAZ", "казахстан|KAZ")
UN = ("ORG", "ООН", "IGO:UN", "IGOUNO", "IGO:UN")
RUSSIA = ("GPE", "Россия", "RUS", "RUS", "россия|RUS")
DNR = ("ORG", "ДНР", "NSA:Donetsk", "NSAREB", "днр|NSA:Donetsk")


def make_doc(sentences: list[str], published: str | None, outlet: str, url: str,
             actors: list[tuple], events: list[dict], quotes: list[tuple[str, str]] = ()) -> Doc:
    """A Doc whose spans are found in its own text; events name actors by entity index."""
    text = " ".join(sentences)
    bounds, start = [], 0
    for sentence in sentences:
        bounds.append(Sentence(start, start + len(sentence), sentence))
        start += len(sentence) + 1
    entities = [Entity(i, t, name, country, code, [], [], key)
                for i, (t, name, country, code, key) in enumerate(actors)]

    def actor(index: int | None) -> Actor | None:
        if index is None:
            return None
        e = entities[index]
        begin = text.find(e.name)
        return Actor(e.name, e.country, e.code, index, begin, begin + len(e.name) if begin >= 0 else -1)

    doc_events = []
    for spec in events:
        bound = bounds[spec.get("sentence", 0)]
        doc_events.append(Event(
            cameo=spec["cameo"], source=actor(spec["source"]), target=actor(spec.get("target")),
            root=spec["cameo"][:2], quad_class=spec["quad"], goldstein=spec["goldstein"],
            date=spec.get("date"), location=spec.get("location"),
            modality=spec.get("modality", "asserted"), evidence=bound.text,
            sentence_start=bound.start, sentence_stop=bound.stop))
    doc_quotes = []
    for surface, speaker in quotes:
        begin = text.index(surface)
        doc_quotes.append(Quote(begin, begin + len(surface), surface, speaker, -1, "заявил"))
    return Doc(id=make_doc_id(text), text=text, title=sentences[0][:40], published=published,
               outlet=outlet, url=url, sentences=bounds, entities=entities,
               events=doc_events, quotes=doc_quotes, raw_chars=len(text))


VISIT = {"cameo": "042", "source": 0, "target": 1, "quad": 1, "goldstein": 1.9,
         "date": "2025-05-16", "location": "Астана"}


def sample_docs() -> list[Doc]:
    first = make_doc(
        ["Министр иностранных дел Азербайджана Джейхун Байрамов 16 мая посетил Казахстан.",
         "В сентябре 2023 года ООН критиковала Россию за отказ от зерновой сделки.",
         "«Визит открывает новый этап», — заявил Джейхун Байрамов."],
        "2025-05-16T09:30:00+03:00", "Первое агентство", "https://first.example/visit",
        [BAYRAMOV, KAZAKHSTAN, UN, RUSSIA],
        [VISIT,
         {"cameo": "111", "source": 2, "target": 3, "quad": 3, "goldstein": -2.0, "sentence": 1,
          "date": "2023-09", "location": "Россия"}],
        quotes=[("«Визит открывает новый этап»", "Джейхун Байрамов")])
    second = make_doc(
        ["Глава МИД Азербайджана Джейхун Байрамов в пятницу прибыл в Казахстан с визитом.",
         "Джейхун Байрамов не стал встречаться с представителями ДНР, сообщили в Баку."],
        "2025-05-17", "Второе издание", "https://second.example/news/1",
        [BAYRAMOV, KAZAKHSTAN, DNR],
        [VISIT,
         {"cameo": "040", "source": 0, "target": 2, "quad": 1, "goldstein": 1.0, "sentence": 1,
          "date": "2025-05-16", "location": "Баку", "modality": "negated"}])
    third = make_doc(
        ["В 2024 году представители ДНР обстреляли окраины города, говорится в заявлении ООН."],
        None, "Третий сайт", "",
        [DNR, UN],
        [{"cameo": "190", "source": 0, "target": None, "quad": 4, "goldstein": -10.0,
          "date": "2024", "location": "Горловка"}])
    return [first, second, third]


@pytest.fixture()
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "export.duckdb"
    con = connect(path)
    written, _ = write_docs(con, sample_docs())
    con.close()
    assert written == 3
    return str(path)


def gdelt_lines(path: str) -> list[list[str]]:
    text = Path(path).read_text("utf-8")
    assert text.endswith("\n")
    return [line.split("\t") for line in text.splitlines()]


def by_column(row: list[str]) -> dict[str, str]:
    return dict(zip(COLUMNS, row))


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
def test_tables_round_trip(db_path: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / fmt
    written = export(db_path, str(out), fmt)
    assert set(written) == {"documents", "actors", "events", "quotes"}
    con = duckdb.connect(db_path, read_only=True)
    for table, path in written.items():
        assert Path(path).is_file() and Path(path).suffix == "." + fmt
        columns = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]
        count = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if fmt == "parquet":
            data = pq.read_table(path)
            assert data.column_names == columns
            assert data.num_rows == count
            rows = data.to_pylist()
        elif fmt == "jsonl":
            rows = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines()]
            assert all(list(r) == columns for r in rows)
        else:
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f)
                assert reader.fieldnames == columns
                rows = list(reader)
        assert len(rows) == count, table
    con.close()
    assert count_of(written, fmt, "documents") == 3
    assert count_of(written, fmt, "events") == 5
    assert count_of(written, fmt, "quotes") == 1
    assert count_of(written, fmt, "actors") == 5  # Bayramov, Kazakhstan, UN, Russia, DNR


def count_of(written: dict[str, str], fmt: str, table: str) -> int:
    reader = {"parquet": "read_parquet", "jsonl": "read_json", "csv": "read_csv"}[fmt]
    con = duckdb.connect()
    try:
        return con.execute(f"SELECT count(*) FROM {reader}('{written[table]}')").fetchone()[0]
    finally:
        con.close()


def test_values_survive_jsonl(db_path: str, tmp_path: Path) -> None:
    written = export(db_path, str(tmp_path), "jsonl", tables=["events", "quotes"])
    assert set(written) == {"events", "quotes"}
    events = [json.loads(line) for line in Path(written["events"]).read_text("utf-8").splitlines()]
    partial = [e for e in events if e["cameo"] == "111"]
    assert partial and partial[0]["date"] == "2023-09" and partial[0]["source_country"] == "IGO:UN"
    assert partial[0]["published"] == "2025-05-16T09:30:00+03:00"
    quote = json.loads(Path(written["quotes"]).read_text("utf-8"))
    assert quote["text"] == "«Визит открывает новый этап»" and quote["speaker"] == "Джейхун Байрамов"


def test_gdelt_columns_and_grouping(db_path: str, tmp_path: Path) -> None:
    written = export(db_path, str(tmp_path), "gdelt", added=ADDED)
    header = Path(written["events_header"]).read_text("utf-8").rstrip("\n").split("\t")
    assert header == COLUMNS and len(header) == 61
    assert header[:5] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    assert header[-2:] == ["DATEADDED", "SOURCEURL"]
    rows = gdelt_lines(written["events"])
    assert all(len(row) == 61 for row in rows)
    assert rows[0][0] != "GlobalEventID"  # no header row by default, as GDELT's files
    # 5 events: the visit twice (grouped), the UN criticism, the shelling; the negated meeting is left out
    assert len(rows) == 3
    got = {r["EventCode"]: r for r in map(by_column, rows)}
    visit = got["042"]
    assert (visit["NumArticles"], visit["NumSources"], visit["NumMentions"]) == ("2", "2", "2")
    assert visit["SOURCEURL"] == "https://first.example/visit"  # the earlier publication
    assert (visit["Day"], visit["MonthYear"], visit["Year"]) == ("20250516", "202505", "2025")
    assert visit["FractionDate"] == f"{2025 + (5 * 30 + 16) / 365:.4f}"
    assert visit["Actor1Code"] == "AZEGOVDIP" and visit["Actor1Name"] == "Джейхун Байрамов"
    assert (visit["Actor1CountryCode"], visit["Actor1Type1Code"], visit["Actor1Type2Code"]) == ("AZE", "GOV", "DIP")
    assert (visit["Actor2Code"], visit["Actor2CountryCode"], visit["Actor2Type1Code"]) == ("KAZ", "KAZ", "")
    assert (visit["EventBaseCode"], visit["EventRootCode"], visit["QuadClass"]) == ("042", "04", "1")
    assert visit["GoldsteinScale"] == "1.9" and visit["IsRootEvent"] == "1"
    assert (visit["ActionGeo_Type"], visit["ActionGeo_FullName"], visit["ActionGeo_CountryCode"]) == ("4", "Астана", "KZ")
    # actors are placed in the state they act for, at country level
    assert (visit["Actor1Geo_Type"], visit["Actor1Geo_FullName"], visit["Actor1Geo_CountryCode"]) == ("1", "Азербайджан", "AJ")
    assert (visit["Actor2Geo_Type"], visit["Actor2Geo_CountryCode"]) == ("1", "KZ")
    assert visit["DATEADDED"] == "20260102030405"
    # partial event date '2023-09': Day falls back to the publication date
    criticism = got["111"]
    assert criticism["Day"] == "20250516" and criticism["NumArticles"] == "1"
    assert (criticism["Actor1CountryCode"], criticism["Actor1KnownGroupCode"], criticism["Actor1Type1Code"]) == ("", "UNO", "IGO")
    assert (criticism["ActionGeo_Type"], criticism["ActionGeo_CountryCode"], criticism["ActionGeo_FeatureID"]) == ("1", "RS", "RS")
    assert criticism["IsRootEvent"] == "0" and criticism["Actor1Geo_Type"] == "0"  # an IGO has no state
    # no full date and no publication date: Day empty, Year from the partial date
    shelling = got["190"]
    assert (shelling["Day"], shelling["MonthYear"], shelling["Year"], shelling["FractionDate"]) == ("", "", "2024", "")
    assert shelling["Actor1KnownGroupCode"] == "" and shelling["Actor1Type1Code"] == "REB"
    assert shelling["Actor2Code"] == "" and shelling["Actor2Name"] == ""
    assert shelling["ActionGeo_Type"] == "0" and shelling["ActionGeo_FullName"] == "Горловка"
    assert shelling["SOURCEURL"] == sample_docs()[2].id  # no url and no path: the document id
    ids = [int(r["GlobalEventID"]) for r in got.values()]
    assert len(set(ids)) == 3 and all(0 < i < 2 ** 63 for i in ids)


def test_gdelt_ids_are_stable(db_path: str, tmp_path: Path) -> None:
    first = gdelt_lines(export(db_path, str(tmp_path / "a"), "gdelt", added=ADDED)["events"])
    second = gdelt_lines(export(db_path, str(tmp_path / "b"), "gdelt")["events"])
    assert [r[0] for r in first] == [r[0] for r in second]  # same ids on re-export
    assert [r[:-2] for r in first] == [r[:-2] for r in second]  # only DATEADDED may differ


def test_gdelt_options(db_path: str, tmp_path: Path) -> None:
    written = export(db_path, str(tmp_path), "gdelt", gdelt_header=True, modalities=None)
    rows = gdelt_lines(written["events"])
    assert rows[0] == COLUMNS
    assert len(rows) == 1 + 4  # the negated meeting is back
    negated = [by_column(r) for r in rows[1:] if r[COLUMNS.index("EventCode")] == "040"]
    assert negated[0]["Actor2KnownGroupCode"] == "" and negated[0]["Actor2Type1Code"] == "REB"
    assert len(negated[0]["DATEADDED"]) == 14 and negated[0]["DATEADDED"].isdigit()
    assert export(db_path, str(tmp_path / "none"), "gdelt", tables=["documents"]) == {}


def test_split_actor_and_dates() -> None:
    assert split_actor("IGOUNOHRI", "IGO:UNHRC") == {
        "CountryCode": "", "KnownGroupCode": "UNO", "Type1Code": "IGO", "Type2Code": "HRI", "Type3Code": ""}
    assert split_actor("GOV", None)["Type1Code"] == "GOV"
    assert split_actor("RUSGOVMILSPY", "RUS")["Type3Code"] == "SPY"
    assert split_actor("WST", None) == {  # the West: a region in the country's place
        "CountryCode": "WST", "KnownGroupCode": "", "Type1Code": "", "Type2Code": "", "Type3Code": ""}
    assert date_parts("", "2023-09") == ("202309", "2023", "")
    assert date_parts("", "не дата") == ("", "", "")
    assert date_parts("20241231", None)[2] == f"{2024 + (12 * 30 + 31) / 365:.4f}"
    assert event_id(["a", "b"]) == event_id(["a", "b"]) != event_id(["ab", ""])


def test_bad_arguments(db_path: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format"):
        export(db_path, str(tmp_path), "xml")
    with pytest.raises(ValueError, match="table"):
        export(db_path, str(tmp_path), "csv", tables=["nope"])
    with pytest.raises(StoreError):
        export(str(tmp_path / "missing.duckdb"), str(tmp_path), "csv")


def test_fips_table_covers_every_state() -> None:
    states = {row["iso3"] for row in read_tsv("countries.tsv") if not row["iso3"].startswith("NSA:")}
    fips = load_fips()
    assert states <= set(fips)
    assert len(set(fips.values())) == len(fips)  # no two states share a FIPS code
    assert (fips["RUS"], fips["DEU"], fips["KAZ"], fips["AZE"]) == ("RS", "GM", "KZ", "AJ")
