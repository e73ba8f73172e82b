"""Ingest: formats, encodings, folders and stdin."""
from __future__ import annotations

import gzip
import io
import json

import pytest

from letopis.doc import Failure, RawDoc
from letopis.errors import EmptyDocumentError, EncodingError
from letopis.ingest import decode_bytes, detect_format, iter_inputs, list_files

ARTICLE = (
    "Министры обсудили транзит через Каспий\n\n"
    "Министры транспорта двух прикаспийских стран провели в Актау переговоры о развитии "
    "транзитного коридора, сообщает ТАСС.\n\n"
    "Стороны договорились увеличить число паромных рейсов и упростить таможенные процедуры.\n"
)

PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="{charset}"><title>Министры обсудили транзит через Каспий</title></head>
<body><header><nav><a href="/">Главная</a> <a href="/politics">Политика</a></nav></header>
<article><h1>Министры обсудили транзит через Каспий</h1>
<p>Министры транспорта двух прикаспийских стран провели в Актау переговоры о развитии транзитного коридора, сообщает ТАСС.</p>
<p>Стороны договорились увеличить число паромных рейсов и упростить таможенные процедуры на границе.</p>
</article>
<footer><p>Наши партнеры</p><p>Яндекс.Метрика</p></footer></body></html>
"""


def write_warc(path, pages, gz):
    """A WARC with a request, then an HTML response per page, and one image response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, html in pages:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record("http://ex.kz/a.png", "response", payload=io.BytesIO(b"\x89PNG\x00\x00"), http_headers=image)
        )


def only_docs(items):
    return [item for item in items if isinstance(item, RawDoc)]


def test_plain_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = iter_inputs([str(path)])
    assert doc.format == "text" and doc.text == ARTICLE and doc.encoding == "utf-8" and doc.path == str(path)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-8-sig", "mac-cyrillic", "iso8859-5"])
def test_legacy_encodings_give_the_same_text(tmp_path, encoding):
    path = tmp_path / "article"  # no extension: plain text
    path.write_bytes(ARTICLE.encode(encoding))
    [doc] = iter_inputs([str(path)])
    assert doc.text.lstrip("\ufeff") == ARTICLE
    assert doc.encoding == encoding


def test_decode_utf8_bom_is_stripped():
    text, encoding = decode_bytes(b"\xef\xbb\xbf" + "Привет".encode())
    assert (text, encoding) == ("Привет", "utf-8-sig")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_decode_short_and_capitalised(encoding):
    for text in ["Путин прибыл в Астану", "ЗАЯВЛЕНИЕ МИД РОССИИ", "Привет, мир!"]:
        assert decode_bytes(text.encode(encoding)) == (text, encoding)


def test_declared_charset_is_only_a_hint():
    # the page says windows-1251 but sends UTF-8: UTF-8 wins
    assert decode_bytes(ARTICLE.encode(), declared="windows-1251") == (ARTICLE, "utf-8")
    # the page says utf-8 but sends koi8-r: the bytes win
    assert decode_bytes(ARTICLE.encode("koi8-r"), declared="utf-8") == (ARTICLE, "koi8-r")


def test_decode_refuses_binary_and_empty():
    with pytest.raises(EncodingError, match="NUL"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(EmptyDocumentError):
        decode_bytes(b" \n\t ")


@pytest.mark.parametrize("charset,encoding", [("utf-8", "utf-8"), ("windows-1251", "cp1251")])
def test_html_file(tmp_path, charset, encoding):
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.format(charset=charset).encode(encoding))
    [doc] = iter_inputs([str(path)])
    assert doc.format == "html" and doc.text == "" and "сообщает ТАСС" in doc.html and doc.encoding == encoding


def test_html_sniffed_from_content(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    assert detect_format("x.txt", b"  <!DOCTYPE html><html>") == "html"
    [doc] = iter_inputs([str(path)])
    assert doc.format == "html"


def test_jsonl_bad_line_is_its_own_failure(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://ex.kz/1", "title": "Транзит", "published": "2024-03-14"}, ensure_ascii=False),
        '{"text": "обрыв строки',
        json.dumps({"html": PAGE.format(charset="utf-8"), "date": "14.03.2024"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert [type(item).__name__ for item in items] == ["RawDoc", "Failure", "RawDoc"]
    first, bad, third = items
    assert (first.record, first.url, first.title, first.published, first.text) == ("1", "https://ex.kz/1", "Транзит", "2024-03-14", ARTICLE)
    assert first.format == "jsonl"
    assert (bad.record, bad.stage, bad.error) == ("2", "ingest", "InputError")
    assert "line 2" in bad.message and "JSON" in bad.message and str(path) in bad.message
    assert third.record == "3" and third.html and not third.text and third.published == "14.03.2024"


def test_jsonl_line_without_text(tmp_path):
    path = tmp_path / "feed.ndjson"
    path.write_text('{"url": "https://ex.kz"}\n[1, 2]\n', encoding="utf-8")
    failures = list(iter_inputs([str(path)]))
    assert all(isinstance(f, Failure) for f in failures) and len(failures) == 2
    assert "no 'text' or 'html'" in failures[0].message and "not an object" in failures[1].message


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses(tmp_path, name, gz):
    path = tmp_path / name
    pages = [(f"https://ex.kz/news/{i}", PAGE.format(charset="utf-8").replace("Актау", f"Актау-{i}")) for i in range(3)]
    write_warc(path, pages, gz)
    items = list(iter_inputs([str(path)]))
    assert all(isinstance(item, RawDoc) for item in items), items
    assert [doc.url for doc in items] == [url for url, _ in pages]
    assert all(doc.format == "warc" and doc.record.startswith("<urn:uuid:") for doc in items)
    assert ["Актау-0" in items[0].html, "Актау-2" in items[2].html] == [True, True]


def test_warc_sniffed_without_extension(tmp_path):
    path = tmp_path / "crawl.bin"
    write_warc(path, [("https://ex.kz/1", PAGE.format(charset="utf-8"))], gz=True)
    [doc] = iter_inputs([str(path)])
    assert doc.url == "https://ex.kz/1"


def test_stdin_text_and_jsonl():
    [doc] = iter_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode("cp1251")))
    assert (doc.path, doc.text, doc.encoding) == ("-", ARTICLE, "cp1251")
    feed = (json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n").encode()
    [doc] = iter_inputs(["-"], stdin=io.BytesIO(feed))
    assert doc.format == "jsonl" and doc.text == ARTICLE
    [doc] = iter_inputs(["-"], stdin=io.BytesIO(gzip.compress(PAGE.format(charset="utf-8").encode())))
    assert isinstance(doc, Failure) and "gzip" in doc.message


def test_folder_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".git" / "config.txt").write_text(ARTICLE, encoding="utf-8")
    expected = [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]
    assert list_files(str(tmp_path)) == expected
    assert [doc.path for doc in iter_inputs([str(tmp_path)])] == expected
