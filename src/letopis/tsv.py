"""One reader for letopis' data files: UTF-8, tab-separated, '#' comment lines, a header row.

Every table in letopis/data/ has this form (each documents its columns in its own header
comment); loaders turn the rows into their records and check what is specific to them."""
from __future__ import annotations

from pathlib import Path


class TableError(ValueError):
    """A row with more cells than the header, or a file with no header; says where."""


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for every data line; cells stripped, missing trailing cells empty."""
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise TableError(f"{path.name}:{lineno}: {len(cells)} cells, header has {len(header)}")
        rows.append((lineno, dict(zip(header, cells + [""] * (len(header) - len(cells))))))
    if header is None:
        raise TableError(f"{path.name}: no header row")
    return rows


def read_words(path: Path) -> frozenset[str]:
    """A word list: one entry per line, '#' comment lines."""
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def split_list(cell: str, sep: str = "|") -> tuple[str, ...]:
    """A list cell ('a|b|c') as its non-empty items."""
    return tuple(item.strip() for item in cell.split(sep) if item.strip())
