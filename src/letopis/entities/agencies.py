"""National agencies named without their state ('ФСБ', 'СБУ', 'Моссад'): the state they act for
and what kind of body they are.

Knowledge lives in data/agencies.tsv (format in its header)."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from letopis.tsv import read_rows, split_list

AGENCIES_TSV = Path(__file__).resolve().parents[1] / "data" / "agencies.tsv"


def _key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


@cache
def load_agencies(path: Path = AGENCIES_TSV) -> dict[str, tuple[str, str]]:
    """Agency name (lowercase) -> (ISO3 of its state, CAMEO role)."""
    return {_key(name): (row["iso3"], row["role"]) for _, row in read_rows(path) for name in split_list(row["name"])}


def agency(name: str) -> tuple[str, str] | None:
    """(state, role) of an agency the table lists by this whole name, else None."""
    return load_agencies().get(_key(name))
