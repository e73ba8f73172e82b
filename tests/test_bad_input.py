"""Bad input: every bad file is a Failure with a message, every good one still comes out."""
from __future__ import annotations

import os
import random

import pytest
from warcio.archiveiterator import ArchiveIterator

from letopis.clean import clean
from letopis.doc import Failure, RawDoc
from letopis.errors import EmptyDocumentError
from letopis.ingest import iter_inputs
from test_ingest import ARTICLE, PAGE, write_warc

PARAGRAPH = (
    "<p>Министры транспорта двух прикаспийских стран провели в Актау переговоры "
    "о развитии транзитного коридора, номер {}.</p>\n"
)


def one(path, **options):
    [item] = iter_inputs([str(path)], **options)
    return item


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    failure = one(path)
    assert isinstance(failure, Failure) and failure.error == "EncodingError" and failure.stage == "ingest"
    assert "binary" in failure.message and str(path) in failure.message


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_and_whitespace_files(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    failure = one(path)
    assert isinstance(failure, Failure) and failure.error == "EmptyDocumentError"
    assert str(path) in failure.message and "empty" in failure.message


def test_garbage_in_no_known_encoding(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(5000)))
    failure = one(path)
    assert isinstance(failure, Failure) and failure.error == "EncodingError"
    assert "encoding" in failure.message


def test_broken_html_still_gives_text(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><div><h1>Министры обсудили транзит через Каспий"
        "<p>Министры транспорта двух прикаспийских стран провели в Актау переговоры о развитии коридора."
        "<p>Стороны договорились увеличить число паромных рейсов и упростить процедуры на границе.<div><span>",
        encoding="utf-8",
    )
    doc = clean(one(path))
    assert "провели в Актау переговоры" in doc.text and "паромных рейсов" in doc.text
    assert "<" not in doc.text


def test_truncated_warc_gz_keeps_what_was_read(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    pages = [(f"https://ex.kz/news/{i}", PAGE.format(charset="utf-8")) for i in range(4)]
    write_warc(path, pages, gz=True)
    data = path.read_bytes()
    # cut inside the third page's response record: a cut that fell on a record boundary would read cleanly
    with open(path, "rb") as stream:
        records = ArchiveIterator(stream)
        offsets = [records.get_record_offset() for _ in records]
    path.write_bytes(data[: offsets[5] + 40])
    items = list(iter_inputs([str(path)]))
    docs = [item for item in items if isinstance(item, RawDoc)]
    failures = [item for item in items if isinstance(item, Failure)]
    assert 1 <= len(docs) < 4 and len(failures) == 1
    assert items[-1] is failures[0]
    assert [d.url for d in docs] == [url for url, _ in pages[: len(docs)]]
    assert "truncated" in failures[0].message and f"{len(docs)} HTML records were read" in failures[0].message


def test_uncut_warc_has_no_failure(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://ex.kz/1", PAGE.format(charset="utf-8"))], gz=True)
    assert all(isinstance(item, RawDoc) for item in iter_inputs([str(path)]))


@pytest.fixture
def big_page(tmp_path):
    """A 50 MB HTML page, written in pieces so the test never holds it whole."""
    path = tmp_path / "big.html"
    with open(path, "w", encoding="utf-8") as out:
        out.write("<!DOCTYPE html><html><head><title>Большая страница</title></head><body><article>\n")
        number = 0
        while out.tell() < 50_000_000:
            out.write("".join(PARAGRAPH.format(number + k) for k in range(1000)))
            number += 1000
        out.write("</article></body></html>\n")
    return path


def test_big_page_refused_then_cleaned(big_page):
    failure = one(big_page)
    assert isinstance(failure, Failure) and failure.error == "TooLargeError"
    assert "over the limit of 20000000" in failure.message
    raw = one(big_page, max_bytes=60_000_000)
    assert isinstance(raw, RawDoc) and raw.format == "html"
    doc = clean(raw)
    assert doc.title == "Большая страница"
    assert doc.text.count("переговоры о развитии транзитного коридора") > 100_000
    assert "<p>" not in doc.text


def test_file_removed_after_listing(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    items = iter_inputs([str(tmp_path)])
    first = next(items)  # the folder is listed; now a file goes away
    os.remove(tmp_path / "b.txt")
    rest = list(items)
    assert isinstance(first, RawDoc) and isinstance(rest[1], RawDoc)
    gone = rest[0]
    assert isinstance(gone, Failure) and gone.path == str(tmp_path / "b.txt")
    assert "not found" in gone.message and "removed after it was listed" in gone.message


def test_stdin_too_large():
    import io

    [failure] = iter_inputs(["-"], stdin=io.BytesIO(b"x" * 101), max_bytes=100)
    assert isinstance(failure, Failure) and failure.error == "TooLargeError" and failure.path == "-"


def test_missing_path():
    failure = one("/nonexistent/letopis/input.txt")
    assert isinstance(failure, Failure) and "not found" in failure.message


def test_mixed_folder(tmp_path):
    good = {
        "a.txt": ARTICLE.encode("utf-8"),
        "b.txt": ARTICLE.encode("cp1251"),
        "c.html": PAGE.format(charset="utf-8").encode(),
        "d/e.txt": ARTICLE.encode("koi8-r"),
    }
    bad = {
        "f.bin": b"\x00\x01\x02" * 100,
        "g.txt": b"",
        "h.txt": b"\n \n",
        "i.html.gz": b"\x1f\x8b\x08\x00" + b"\x00" * 20,
    }
    for name, content in {**good, **bad}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    items = list(iter_inputs([str(tmp_path)]))
    by_path = {os.path.relpath(item.path, tmp_path): item for item in items}
    assert sorted(by_path) == sorted(list(good) + list(bad))
    for name in good:
        assert isinstance(by_path[name], RawDoc), by_path[name]
        assert "Каспий" in clean(by_path[name]).text
    for name in bad:
        failure = by_path[name]
        assert isinstance(failure, Failure) and failure.message and failure.error.endswith("Error")
        assert name.split("/")[-1] in failure.message


def test_clean_refuses_pure_boilerplate():
    with pytest.raises(EmptyDocumentError):
        clean(RawDoc(html="<html><body><nav>Главная</nav><footer>Яндекс.Метрика</footer></body></html>"))
