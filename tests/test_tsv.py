"""The one reader of letopis' data tables."""
from __future__ import annotations

import pytest

from letopis.tsv import TableError, read_rows, read_words, split_list


def test_rows_skip_comments_pad_missing_cells_and_keep_line_numbers(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("# about\nname\taliases\tnote\n\nГюмри\tЛенинакан|Александрополь\n# more\nВан \t\t x \n",
                    encoding="utf-8")
    assert read_rows(path) == [(4, {"name": "Гюмри", "aliases": "Ленинакан|Александрополь", "note": ""}),
                               (6, {"name": "Ван", "aliases": "", "note": "x"})]
    assert split_list(read_rows(path)[0][1]["aliases"]) == ("Ленинакан", "Александрополь")


def test_a_row_longer_than_its_header_names_its_line(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("a\tb\n1\t2\t3\n", encoding="utf-8")
    with pytest.raises(TableError, match="t.tsv:2"):
        read_rows(path)


def test_words_are_one_per_line(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_text("# words\nсуд\n\nпарламент \n", encoding="utf-8")
    assert read_words(path) == {"суд", "парламент"}
