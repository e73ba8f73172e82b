"""The events table as a GDELT 2.0 Event table: 61 tab-separated columns in the codebook's order.

Rows reporting the same event in several documents (same Day, actors, CAMEO code and
place) are grouped into one GDELT row, as GDELT counts one event with many articles.
The column mapping and every choice are documented in docs/export.md.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..tsv import read_rows

# GDELT 2.0 Event codebook (GDELT-Event_Codebook-V2.0), in file order.
ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in ACTOR_FIELDS]
    + [f"Actor2{f}" for f in ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in GEO_FIELDS]
    + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(COLUMNS) == 61

# GDELT geo types: 1 country, 4 world city (2, 3, 5 are US states/cities and world states).
GEO_COUNTRY, GEO_CITY = 1, 4
DEFAULT_MODALITIES = ("asserted", "planned")
ISO3 = re.compile(r"[A-Z]{3}")
ROLE = re.compile(r"[A-Z]{3}")

# One row per (Day, actors, code, place); Day falls back from the event's full date to the
# document's publication date. A key with no full date keeps the partial event date so
# '2023-09' and '2024' events do not merge.
GROUP_SQL = """
WITH firsts AS (SELECT doc_id, min(start) AS first_start FROM sentences GROUP BY doc_id),
rows AS (
  SELECT ev.doc_id, ev.cameo, ev.root, ev.quad_class, ev.goldstein, ev.date,
         ev.sentence_start, ev.source_country, ev.target_country,
         coalesce(ev.source_code, '') AS a1code, coalesce(ev.source_name, '') AS a1name,
         coalesce(ev.target_code, '') AS a2code, coalesce(ev.target_name, '') AS a2name,
         coalesce(ev.location, '') AS place,
         coalesce(nullif(ev.published, ''), d.published) AS published,
         coalesce(nullif(d.url, ''), nullif(d.path, ''), ev.doc_id) AS source_url,
         coalesce(nullif(d.outlet, ''), ev.doc_id) AS outlet,
         coalesce(strftime(try_strptime(ev.date, '%Y-%m-%d'), '%Y%m%d'),
                  strftime(try_strptime(left(coalesce(nullif(ev.published, ''), d.published), 10),
                                        '%Y-%m-%d'), '%Y%m%d'),
                  '') AS day,
         ev.sentence_start <= coalesce(f.first_start, 0) AS is_root
  FROM events ev
  LEFT JOIN documents d ON d.id = ev.doc_id
  LEFT JOIN firsts f ON f.doc_id = ev.doc_id
  WHERE ($modalities IS NULL OR list_contains($modalities, ev.modality))
)
SELECT CASE WHEN day <> '' THEN day ELSE coalesce(date, '') END AS when_key,
       a1code, a1name, a2code, a2name, cameo, place,
       day, min(date) AS event_date, min(published) AS published,
       min(source_country) AS a1country, min(target_country) AS a2country,
       min(root) AS root, min(quad_class) AS quad_class, min(goldstein) AS goldstein,
       count(*) AS mentions, count(DISTINCT outlet) AS sources, count(DISTINCT doc_id) AS articles,
       bool_or(is_root) AS is_root,
       arg_min(source_url, coalesce(nullif(published, ''), '9999') || doc_id) AS source_url
FROM rows
GROUP BY when_key, a1code, a1name, a2code, a2name, cameo, place, day
ORDER BY when_key, a1code, a1name, a2code, a2name, cameo, place
"""


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of one of letopis' data tables (letopis.tsv)."""
    return [row for _, row in read_rows(Path(str(resources.files("letopis.data").joinpath(name))))]


@lru_cache(maxsize=1)
def load_fips() -> dict[str, str]:
    """ISO3 -> FIPS 10-4 country code (data/iso3_fips.tsv)."""
    return {row["iso3"]: row["fips"] for row in read_tsv("iso3_fips.tsv")}


def fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("ё", "е").replace("Ё", "Е")).strip().lower()


@lru_cache(maxsize=1)
def load_places() -> dict[str, tuple[int, str]]:
    """Folded Russian country and capital names -> (GDELT geo type, ISO3), from countries.tsv."""
    places: dict[str, tuple[int, str]] = {}
    for row in read_tsv("countries.tsv"):
        iso3 = row["iso3"]
        if not ISO3.fullmatch(iso3):
            continue
        for column, kind in (("capital", GEO_CITY), ("capital_aliases", GEO_CITY),
                             ("short", GEO_COUNTRY), ("official", GEO_COUNTRY),
                             ("other_names", GEO_COUNTRY)):
            for name in (row.get(column) or "").split("|"):
                if name:
                    places[fold(name)] = (kind, iso3)  # a country name wins over a same-named capital
    return places


REGION_CODES = {"WST"}   # the regions letopis names as actors (events/actors.py)


def split_actor(code: str, country: str | None) -> dict[str, str]:
    """CAMEO actor code + letopis country -> GDELT CountryCode, KnownGroupCode, Type1..3Code."""
    country = country or ""
    parts = {"CountryCode": "", "KnownGroupCode": ""}
    rest = code
    if ISO3.fullmatch(country):
        parts["CountryCode"] = country
        if rest.startswith(country):
            rest = rest[3:]
    elif rest.startswith("IGO"):
        # 'IGOUNOHRI' -> group UNO, types IGO, HRI; a bare 'IGO' has no group.
        parts["KnownGroupCode"] = rest[3:6] if len(rest) >= 6 else ""
        rest = "IGO" + rest[6:]
    elif rest.startswith("NSA"):
        rest = rest[3:]  # NSA:<name> has no CAMEO group code; the name stays in ActorName
    elif rest[:3] in REGION_CODES:
        parts["CountryCode"], rest = rest[:3], rest[3:]  # CAMEO's regions stand where countries do ('WST')
    roles = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    roles = [r for r in roles if ROLE.fullmatch(r)][:3]
    roles += [""] * (3 - len(roles))
    parts.update({"Type1Code": roles[0], "Type2Code": roles[1], "Type3Code": roles[2]})
    return parts


def date_parts(day: str, partial: str | None) -> tuple[str, str, str]:
    """(MonthYear, Year, FractionDate) from Day, else from a partial ISO date ('2023-09', '2024')."""
    if day:
        year, month, dom = int(day[:4]), int(day[4:6]), int(day[6:8])
        # GDELT's FractionDate: YYYY + (MONTH * 30 + DAY) / 365
        return f"{year}{month:02d}", str(year), f"{year + (month * 30 + dom) / 365:.4f}"
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-\d{2})?", partial or "")
    if not match:
        return "", "", ""
    year, month = match.group(1), match.group(2)
    return (f"{year}{month}" if month else ""), year, ""


def geo_columns(prefix: str, place: str) -> dict[str, str]:
    """GDELT geo block for a Russian place name: country or capital when countries.tsv knows it."""
    if not place:
        return {}
    cols = {f"{prefix}_FullName": place}
    kind, iso3 = load_places().get(fold(place), (0, ""))
    fips = load_fips().get(iso3, "")
    if kind and fips:
        cols[f"{prefix}_Type"] = str(kind)
        cols[f"{prefix}_CountryCode"] = fips
        if kind == GEO_COUNTRY:  # GDELT repeats the country code as ADM1 and feature id
            cols[f"{prefix}_ADM1Code"] = fips
            cols[f"{prefix}_FeatureID"] = fips
    return cols


@lru_cache(maxsize=1)
def load_country_names() -> dict[str, str]:
    """ISO3 -> the country's short Russian name (countries.tsv)."""
    return {row["iso3"]: row["short"] for row in read_tsv("countries.tsv") if ISO3.fullmatch(row["iso3"])}


def actor_geo(prefix: str, country: str | None) -> dict[str, str]:
    """An actor's geography at country level: the state it acts for (GDELT's Actor*Geo is the
    place the text ties the actor to; letopis ties each actor to its state)."""
    name = load_country_names().get(country or "")
    return geo_columns(prefix, name) if name else {}


def event_id(key: Sequence[str]) -> int:
    """A stable positive 63-bit id from the grouped row's key (same key, same id on re-export)."""
    digest = hashlib.blake2b("\x1f".join(key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


BREAKS = str.maketrans({"\t": " ", "\r": " ", "\n": " "})
INDEX = {name: i for i, name in enumerate(COLUMNS)}
# Empty cells, except the geo types: 0 = no geography, as GDELT writes it.
TEMPLATE = ["0" if name.endswith("Geo_Type") else "" for name in COLUMNS]


def clean_cell(value: Any) -> str:
    """GDELT files have no quoting: tabs and line breaks inside a value become spaces."""
    if value is None:
        return ""
    return value.translate(BREAKS) if isinstance(value, str) else str(value)


def gdelt_row(group: dict[str, Any], added: str) -> list[str]:
    """One grouped event as the 61 GDELT values, in COLUMNS order."""
    key = [group[k] for k in ("when_key", "a1code", "a1name", "a2code", "a2name", "cameo", "place")]
    month_year, year, fraction = date_parts(group["day"], group["event_date"] or group["published"])
    cameo = group["cameo"] or ""
    cells: dict[str, Any] = {
        "GlobalEventID": event_id(key), "Day": group["day"], "MonthYear": month_year,
        "Year": year, "FractionDate": fraction,
        "IsRootEvent": int(bool(group["is_root"])), "EventCode": cameo,
        "EventBaseCode": cameo[:3], "EventRootCode": group["root"] or cameo[:2],
        "QuadClass": group["quad_class"],
        "GoldsteinScale": f"{group['goldstein']:.1f}" if group["goldstein"] is not None else "",
        "NumMentions": group["mentions"], "NumSources": group["sources"],
        "NumArticles": group["articles"], "DATEADDED": added, "SOURCEURL": group["source_url"],
    }
    for n, (code, name, country) in enumerate(
            [("a1code", "a1name", "a1country"), ("a2code", "a2name", "a2country")], start=1):
        cells[f"Actor{n}Code"] = group[code]
        cells[f"Actor{n}Name"] = group[name]
        for field, value in split_actor(group[code], group[country]).items():
            cells[f"Actor{n}{field}"] = value
    cells.update(actor_geo("Actor1Geo", group["a1country"]))
    cells.update(actor_geo("Actor2Geo", group["a2country"]))
    cells.update(geo_columns("ActionGeo", group["place"]))
    row = TEMPLATE.copy()
    for name, value in cells.items():
        row[INDEX[name]] = clean_cell(value)
    return row


def gdelt_rows(con: duckdb.DuckDBPyConnection, added: str,
               modalities: Iterable[str] | None = DEFAULT_MODALITIES,
               batch: int = 10_000) -> Iterator[list[str]]:
    """Grouped GDELT rows from the events table, streamed in batches."""
    chosen = list(modalities) if modalities is not None else None
    cursor = con.execute(GROUP_SQL, {"modalities": chosen})
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(batch):
        for values in chunk:
            yield gdelt_row(dict(zip(names, values)), added)


def write_gdelt(con: duckdb.DuckDBPyConnection, out_dir: Path, header: bool = False,
                modalities: Iterable[str] | None = DEFAULT_MODALITIES,
                added: datetime | None = None) -> dict[str, str]:
    """Write events.gdelt.tsv (no header, as GDELT) and events.gdelt.header.tsv (the column names)."""
    stamp = (added or datetime.now(timezone.utc)).strftime("%Y%m%d%H%M%S")
    path = out_dir / "events.gdelt.tsv"
    header_path = out_dir / "events.gdelt.header.tsv"
    header_path.write_text("\t".join(COLUMNS) + "\n", encoding="utf-8")
    with path.open("w", encoding="utf-8", newline="") as out:
        if header:
            out.write("\t".join(COLUMNS) + "\n")
        for row in gdelt_rows(con, stamp, modalities):
            out.write("\t".join(row) + "\n")
    return {"events": str(path), "events_header": str(header_path)}
