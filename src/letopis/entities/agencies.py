"""National agencies and parties named without their state ('ФСБ', 'СБУ', 'Моссад', 'КПРФ'): the
state they act for and what kind of body they are; armed groups that act for no state ('ИГИЛ', 'хуситы'): their NSA code.

Knowledge lives in data/agencies.tsv, data/parties.tsv and data/armed_groups.tsv (formats in their headers)."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from letopis.tsv import read_rows, split_list

AGENCIES_TSV = Path(__file__).resolve().parents[1] / "data" / "agencies.tsv"
ARMED_GROUPS_TSV = Path(__file__).resolve().parents[1] / "data" / "armed_groups.tsv"
# the region's parties named without their state ('КПРФ', 'Батькивщина'): looked up like agencies
PARTIES_TSV = Path(__file__).resolve().parents[1] / "data" / "parties.tsv"
# a last word's case ending, so that 'Хезболлы' and 'Талибана' find 'Хезболла' and 'Талибан'
ENDING = re.compile(r"(ами|ями|ом|ем|ой|ей|ы|и|а|я|у|ю|е|о)$")


def _key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


@cache
def load_agencies(paths: tuple[Path, ...] = (AGENCIES_TSV, PARTIES_TSV)) -> dict[str, tuple[str, str]]:
    """Agency or party name (lowercase) -> (ISO3 of its state, CAMEO role)."""
    return {_key(name): (row["iso3"], row["role"]) for path in paths for _, row in read_rows(path)
            for name in split_list(row["name"])}


def agency(name: str) -> tuple[str, str] | None:
    """(state, role) of an agency the table lists by this whole name, else None."""
    return load_agencies().get(_key(name))


def _stem(name: str) -> str:
    """A name's key: an acronym as it is ('=иг' for 'ИГ', not 'Иго'), else without its last case ending."""
    name = re.sub(r"[«»\"“”„]", "", name).strip()
    return "=" + _key(name) if name.isupper() else ENDING.sub("", _key(name))


@cache
def load_armed_groups(path: Path = ARMED_GROUPS_TSV) -> dict[str, tuple[str, str, str]]:
    """Stemmed group name -> (NSA code, CAMEO role, the name as listed)."""
    return {_stem(name): (row["code"], row["role"], name) for _, row in read_rows(path) for name in split_list(row["name"])}


def armed_group(name: str) -> tuple[str, str, str] | None:
    """(NSA code, role, the listed nominative of this name) of an armed group the table lists by this whole
    name in any case ('Хезболлы' -> 'Хезболла'), else None."""
    stem = _stem(name)
    return load_armed_groups().get(stem) if stem else None
