"""The JSON API and the server-rendered pages of `letopis serve`, through FastAPI's TestClient."""
from __future__ import annotations

import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from fixtures_db import HOSTILE_IMG, HOSTILE_SCRIPT, build_fixture_db  # noqa: E402

from letopis.api import is_loopback  # noqa: E402
from letopis.api.app import create_app  # noqa: E402
from letopis.api.highlight import Span, render_spans  # noqa: E402
from letopis.doc import Doc, RawDoc, make_doc_id  # noqa: E402
from letopis.errors import EncodingError  # noqa: E402
from letopis.store.db import connect, write_docs  # noqa: E402

TOKOV = "касым-жомарт токаев|KAZ"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("api") / "fixture.duckdb"
    build_fixture_db(path)
    return str(path)


@pytest.fixture(scope="module")
def client(db_path) -> TestClient:
    return TestClient(create_app(db_path), raise_server_exceptions=False)


def fake_process(raw: RawDoc) -> Doc:
    """Stands in for the NLP pipeline: the text as a Doc with no records."""
    if "BROKEN" in raw.text:
        raise EncodingError("this item is broken on purpose")
    text = raw.text or raw.html
    return Doc(id=make_doc_id(text), text=text, title=raw.title, published=raw.published or None,
               url=raw.url, path=raw.path)


def writable_client(tmp_path, **options) -> tuple[TestClient, str]:
    path = str(tmp_path / "w.duckdb")
    build_fixture_db(path)
    return TestClient(create_app(path, processor=fake_process, **options), raise_server_exceptions=False), path


def assert_error(response, status: int, words: str) -> None:
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str) and words in detail, detail


# ---- documents ----------------------------------------------------------------------------

def test_documents_list_search_and_paging(client):
    everything = client.get("/api/documents").json()
    assert everything["total"] == 5 and len(everything["documents"]) == 5
    found = client.get("/api/documents", params={"q": "Байрамов"}).json()
    assert [d["title"] for d in found["documents"]] == ["Байрамов посетил Астану"]
    body_only = client.get("/api/documents", params={"q": "энергетике"}).json()  # in text, not title
    assert body_only["total"] == 1
    assert client.get("/api/documents", params={"q": "100%_"}).json()["total"] == 0
    page = client.get("/api/documents", params={"limit": 2, "offset": 4}).json()
    assert page["total"] == 5 and len(page["documents"]) == 1


def test_document_detail(client):
    docs = client.get("/api/documents", params={"q": "Токаев и Алиев"}).json()["documents"]
    doc = client.get(f"/api/documents/{docs[0]['id']}").json()
    assert {"text", "entities", "mentions", "events", "quotes"} <= doc.keys()
    for mention in doc["mentions"]:
        assert doc["text"][mention["start"]:mention["stop"]] == mention["text"]
    assert [e["cameo"] for e in doc["events"]] == ["040", "057"]
    assert doc["events"][0]["source_country"] == "KAZ" and doc["events"][0]["target_country"] == "AZE"
    assert doc["quotes"][0]["speaker"] == "Касым-Жомарт Токаев"


@pytest.mark.parametrize("url", ["/api/documents/nope", "/api/documents/%3Cscript%3E", "/api/actors/nobody|XXX"])
def test_unknown_ids_are_404_json(client, url):
    assert_error(client.get(url), 404, "no ")


# ---- entities and actors --------------------------------------------------------------------

def test_entities_filters(client):
    people = client.get("/api/entities", params={"type": "per"}).json()["entities"]
    assert people and all(e["type"] == "PER" for e in people)
    aze = client.get("/api/entities", params={"country": "AZE"}).json()["entities"]
    assert {e["name"] for e in aze} == {"Ильхам Алиев", "Джейхун Байрамов", "Азербайджан", "Баку"}
    tok = client.get("/api/entities", params={"q": "токаев"}).json()["entities"]
    assert tok == [{"key": TOKOV, "name": "Касым-Жомарт Токаев", "type": "PER", "country": "KAZ", "documents": 3}]


def test_actors_list_and_profile(client):
    listed = client.get("/api/actors", params={"country": "KAZ", "q": "ток"}).json()["actors"]
    assert [a["key"] for a in listed] == [TOKOV]
    profile = client.get("/api/actors/" + quote(TOKOV)).json()
    assert profile["offices"] == ["президент"] and profile["countries"] == ["KAZ"]
    assert profile["mentions_by_month"] == [
        {"month": "2025-03", "mentions": 2, "documents": 1},
        {"month": "2025-04", "mentions": 1, "documents": 1},
        {"month": "2025-05", "mentions": 2, "documents": 1},
    ]
    partners = {p["name"]: p for p in profile["partners"]}
    assert partners["Ильхам Алиев"]["events"] == 2
    assert partners["Ильхам Алиев"]["as_source"] == 1 and partners["Ильхам Алиев"]["as_target"] == 1
    assert set(partners) == {"Ильхам Алиев", "Баку", "Азербайджан"}


# ---- events ------------------------------------------------------------------------------------

def events(client, **params) -> list[dict]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()["events"]


def test_events_filters(client):
    assert len(events(client)) == 10
    pair = events(client, pair="KAZ-AZE")
    assert len(pair) == 7 and events(client, pair="aze-kaz") == pair
    assert all({e["source_country"], e["target_country"]} == {"KAZ", "AZE"} for e in pair)
    assert {e["cameo"] for e in events(client, cameo="04")} == {"040", "042"}
    assert {e["cameo"] for e in events(client, cameo="042")} == {"042"}
    assert {e["cameo"] for e in events(client, root="03")} == {"036"}
    assert {e["quad_class"] for e in events(client, quad_class=3)} == {3}
    assert [e["cameo"] for e in events(client, modality="alleged")] == ["190"]
    assert {e["source_country"] for e in events(client, source_country="rus")} == {"RUS"}
    assert {e["target_country"] for e in events(client, target_country="UKR")} == {"UKR"}
    toks = events(client, actor="Токаев")
    assert len(toks) == 4 and all("Токаев" in (e["source_name"] + e["target_name"]) for e in toks)
    march = events(client, date_from="2025-03-01", date_to="2025-03-31")
    assert len(march) == 4 and all(e["day"].startswith("2025-03") for e in march)
    one = events(client, doc_id=march[0]["doc_id"])
    assert {e["doc_id"] for e in one} == {march[0]["doc_id"]}


def test_events_sorting_and_paging(client):
    by_goldstein = [e["goldstein"] for e in events(client, sort="goldstein")]
    assert by_goldstein == sorted(by_goldstein) and by_goldstein[0] == -10.0
    assert [e["goldstein"] for e in events(client, sort="-goldstein")] == sorted(by_goldstein, reverse=True)
    days = [e["day"] for e in events(client, sort="-date")]
    assert days == sorted(days, reverse=True)
    cameos = [e["cameo"] for e in events(client, sort="cameo")]
    assert cameos == sorted(cameos)
    page = client.get("/api/events", params={"limit": 3, "offset": 9}).json()
    assert page["total"] == 10 and len(page["events"]) == 1


@pytest.mark.parametrize("params, words", [
    ({"sort": "title"}, "sort must be one of"),
    ({"sort": "date; DROP TABLE events"}, "sort must be one of"),
    ({"date_from": "2025-13-01"}, "date_from must be an ISO date"),
    ({"date_to": "yesterday"}, "date_to must be an ISO date"),
    ({"date_from": "2025-05-01", "date_to": "2025-04-01"}, "is after"),
    ({"limit": "0"}, "limit must be between 1 and 1000"),
    ({"limit": "1001"}, "limit must be between 1 and 1000"),
    ({"limit": "ten"}, "limit must be an integer"),
    ({"offset": "-1"}, "offset must be between"),
    ({"quad_class": "5"}, "quad_class must be between 1 and 4"),
    ({"cameo": "04a"}, "cameo must be 1-4 digits"),
    ({"root": "4"}, "root must be two digits"),
    ({"pair": "KAZ"}, "pair must look like KAZ-AZE"),
    ({"pair": "KAZ-AZE-RUS"}, "pair must look like KAZ-AZE"),
    ({"source_country": "<script>"}, "source_country must be a country code"),
])
def test_events_bad_filters_are_400_with_message(client, params, words):
    assert_error(client.get("/api/events", params=params), 400, words)


# ---- dyads and network ------------------------------------------------------------------------

def test_dyads_by_month_week_day(client):
    data = client.get("/api/dyads", params={"a": "KAZ", "b": "AZE", "by": "month"}).json()
    assert [p["period"] for p in data["periods"]] == ["2025-03-01", "2025-04-01", "2025-05-01"]
    assert data["total"] == 7 == sum(p["q1"] + p["q2"] + p["q3"] + p["q4"] for p in data["periods"])
    april = data["periods"][1]
    assert (april["q1"], april["q2"], april["goldstein_mean"]) == (2, 1, round((1.9 + 4.0 + 6.4) / 3, 2))
    assert client.get("/api/dyads").json() == data  # KAZ-AZE by month is the default view
    weeks = client.get("/api/dyads", params={"by": "week"}).json()["periods"]
    assert all(p["period"] for p in weeks) and sum(p["total"] for p in weeks) == 7
    days = client.get("/api/dyads", params={"by": "day", "date_from": "2025-05-01"}).json()["periods"]
    assert [p["period"] for p in days] == ["2025-05-15"]


def test_dyads_between_actors(client):
    data = client.get("/api/dyads", params={"kind": "actor", "a": "Токаев", "b": "Алиев"}).json()
    assert data["total"] == 2


@pytest.mark.parametrize("params, words", [
    ({"by": "year"}, "by must be day, week or month"),
    ({"kind": "planet"}, "kind must be country or actor"),
    ({"kind": "actor", "a": "Токаев"}, "needs both a and b"),
    ({"a": "K"}, "a must be a country code"),
    ({"date_to": "2025-02-30"}, "date_to must be an ISO date"),
])
def test_dyads_bad_input(client, params, words):
    assert_error(client.get("/api/dyads", params=params), 400, words)


def test_network(client):
    net = client.get("/api/network").json()
    weights = {(e["source"], e["target"]): e["weight"] for e in net["edges"]}
    assert weights[("KAZ", "AZE")] == 5 and weights[("AZE", "KAZ")] == 2 and weights[("RUS", "UKR")] == 2
    assert {n["id"] for n in net["nodes"]} == {"KAZ", "AZE", "RUS", "UKR"}
    may = client.get("/api/network", params={"date_from": "2025-05-01"}).json()
    assert sum(e["weight"] for e in may["edges"]) == 3
    actors = client.get("/api/network", params={"level": "actor"}).json()
    assert {"id": TOKOV, "label": "Касым-Жомарт Токаев", "events": 4} in actors["nodes"]
    assert_error(client.get("/api/network", params={"level": "galaxy"}), 400, "level must be")
    assert_error(client.get("/api/network", params={"date_from": "01.05.2025"}), 400, "ISO date")


# ---- ingest ----------------------------------------------------------------------------------

def test_ingest_json_then_readable(tmp_path):
    client, _ = writable_client(tmp_path)
    text = "Казахстан и Азербайджан обсудили транзит по Каспию."
    response = client.post("/api/ingest", json={"text": text, "title": "Транзит", "published": "2025-06-01"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["documents"] == [make_doc_id(text)] and body["errors"] == [] and body["written"] == 1
    doc = client.get(f"/api/documents/{body['documents'][0]}").json()
    assert doc["text"] == text and doc["title"] == "Транзит" and doc["published"] == "2025-06-01"
    again = client.post("/api/ingest", json={"text": text}).json()
    assert again["written"] == 0 and again["skipped"] == 1


def test_ingest_files_and_listed_errors(tmp_path):
    client, _ = writable_client(tmp_path)
    files = [
        ("files", ("a.txt", "Первая заметка о переговорах.".encode("cp1251"), "text/plain")),
        ("files", ("b.txt", "Вторая заметка о визите.".encode("utf-8"), "text/plain")),
        ("files", ("c.bin", b"\x00\x01\x02binary", "application/octet-stream")),
        ("files", ("d.txt", "BROKEN заметка".encode(), "text/plain")),
    ]
    body = client.post("/api/ingest", files=files).json()
    assert len(body["documents"]) == 2
    assert [(e["item"], e["error"]) for e in body["errors"]] == [("c.bin", "EncodingError"), ("d.txt", "EncodingError")]
    texts = {client.get(f"/api/documents/{i}").json()["text"] for i in body["documents"]}
    assert texts == {"Первая заметка о переговорах.", "Вторая заметка о визите."}


def test_ingest_bad_bodies(tmp_path):
    client, _ = writable_client(tmp_path)
    bad_json = client.post("/api/ingest", content=b"{not json", headers={"content-type": "application/json"})
    assert bad_json.status_code == 200 and bad_json.json()["errors"][0]["error"] == "InputError"
    empty = client.post("/api/ingest", json={"text": "   "}).json()
    assert empty["documents"] == [] and "non-empty" in empty["errors"][0]["message"]
    assert_error(client.post("/api/ingest", content=b"hello", headers={"content-type": "text/plain"}), 415,
                 "application/json")
    assert_error(client.post("/api/ingest", data={"title": "no text"}), 400, "nothing to ingest")


def test_ingest_over_limit_is_413(tmp_path):
    client, _ = writable_client(tmp_path, max_upload_bytes=1000)
    big = "Переговоры. " * 200
    assert_error(client.post("/api/ingest", json={"text": big}), 413, "upload limit of 1000 bytes")
    assert_error(client.post("/api/ingest", files=[("files", ("big.txt", big.encode(), "text/plain"))]), 413,
                 "upload limit")
    assert client.post("/api/ingest", json={"text": "Коротко."}).status_code == 200


def test_ingest_needs_token_when_set(tmp_path):
    path = str(tmp_path / "t.duckdb")
    client = TestClient(create_app(path, token="s3cret", processor=fake_process), raise_server_exceptions=False)
    item = {"text": "Казахстан и Азербайджан подписали меморандум."}
    assert_error(client.post("/api/ingest", json=item), 401, "Bearer")
    assert_error(client.post("/api/ingest", json=item, headers={"Authorization": "Bearer wrong"}), 403, "wrong token")
    assert_error(client.post("/api/ingest", json=item, headers={"Authorization": "Basic s3cret"}), 401, "Bearer")
    ok = client.post("/api/ingest", json=item, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and len(ok.json()["documents"]) == 1
    assert client.get("/api/documents").status_code == 200  # reads stay open


def test_ingest_catches_pipeline_errors(tmp_path):
    def explode(raw: RawDoc) -> Doc:
        raise RuntimeError("stage bug")

    client = TestClient(create_app(str(tmp_path / "x.duckdb"), processor=explode), raise_server_exceptions=False)
    body = client.post("/api/ingest", json={"text": "Текст."}).json()
    assert body["documents"] == [] and body["errors"][0]["error"] == "RuntimeError"


# ---- database access ------------------------------------------------------------------------

def test_reads_do_not_lock_out_another_writer(tmp_path):
    client, path = writable_client(tmp_path)
    assert client.get("/api/documents").json()["total"] == 5
    con = duckdb.connect(path)  # read-write, as `letopis ingest` would open it
    con.close()
    con = connect(path)
    write_docs(con, [Doc(id="extra", text="Новый документ из другого писателя.", title="extra")])
    con.close()
    assert client.get("/api/documents").json()["total"] == 6
    assert client.get("/api/events").status_code == 200
    con = duckdb.connect(path)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
    con.close()


def test_fresh_database_path_serves_empty(tmp_path):
    client = TestClient(create_app(str(tmp_path / "new.duckdb")), raise_server_exceptions=False)
    assert client.get("/api/events").json()["total"] == 0
    assert client.get("/").status_code == 200 and client.get("/dyad").status_code == 200


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ["/api/documents", "/api/documents/{doc_id}", "/api/entities", "/api/actors", "/api/actors/{key}",
                 "/api/events", "/api/dyads", "/api/network", "/api/ingest"]:
        assert path in paths, path


def test_serve_host_rules(monkeypatch, tmp_path):
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")
    import uvicorn

    from letopis.api import serve

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.update(app=app, **kw))
    token = serve(str(tmp_path / "s.duckdb"), host="0.0.0.0", port=8123)
    assert token and started["app"].state.token == token and started["host"] == "0.0.0.0"
    assert serve(str(tmp_path / "s.duckdb")) is None and started["app"].state.token is None
    assert serve(str(tmp_path / "s.duckdb"), host="0.0.0.0", token="given") == "given"


# ---- pages ----------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/", "/?pair=KAZ-AZE&cameo=04", "/documents", "/documents?q=Токаев", "/dyad",
                                 "/dyad?kind=actor&a=Токаев&b=Алиев&by=week", "/network", "/network?level=actor",
                                 "/actors", "/actors/" + quote(TOKOV), "/ingest"])
def test_pages_render(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "http://" not in re.sub(r'href="https://example\.org/[^"]*"', "", response.text)  # nothing external


def test_explorer_filters_and_links_to_evidence(client):
    page = client.get("/", params={"pair": "KAZ-AZE"}).text
    rows = re.findall(r'<tr class="event-row" data-doc="(\w+)" data-event="(\d+)">', page)
    assert len(rows) == 7
    doc_id, i = rows[0]
    assert f'href="/documents/{doc_id}#event-{i}"' in page
    article = client.get(f"/documents/{doc_id}").text
    assert f'id="event-{i}"' in article


def test_dyad_page_has_bars(client):
    page = client.get("/dyad").text
    assert page.count('<rect class="bar') >= 3 and 'class="goldstein"' in page


def test_bad_page_input_is_html_error(client):
    for url, status in [("/documents/nope", 404), ("/?date_from=bad", 400), ("/dyad?by=year", 400),
                        ("/actors/nobody", 404)]:
        response = client.get(url)
        assert response.status_code == status and "error-message" in response.text


def test_hostile_article_is_escaped(client):
    doc_id = client.get("/api/documents", params={"q": "onerror"}).json()["documents"][0]["id"]
    for url in (f"/documents/{doc_id}", "/documents", "/", "/actors"):
        page = client.get(url).text
        assert "<script>alert" not in page and "<img src=x" not in page, url
    page = client.get(f"/documents/{doc_id}").text
    assert html.escape(HOSTILE_SCRIPT, quote=False) in page and html.escape(HOSTILE_IMG, quote=False) in page


# ---- highlighting ---------------------------------------------------------------------------

class NestingChecker(HTMLParser):
    """Collects text and fails on a closing tag that does not match the open one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag

    def handle_data(self, data):
        self.text.append(data)


def check_rendered(text: str, spans: list[Span]) -> str:
    rendered = str(render_spans(text, spans))
    checker = NestingChecker()
    checker.feed(rendered)
    checker.close()
    assert checker.stack == [] and "".join(checker.text) == text
    return rendered


def test_overlapping_spans_are_split_and_nested():
    text = "«Мы не примем ультиматумов», сказал МИД России."
    quote_, mention = Span(0, 27, "quote", id="quote-0"), Span(36, 46, "ent")
    evidence = Span(14, 46, "evidence", {"data-event": "0"}, id="event-0")  # starts inside the quote
    rendered = check_rendered(text, [quote_, mention, evidence])
    assert rendered.count('id="event-0"') == 1 and rendered.count('data-event="0"') == 2


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="аб<>&\"' x", max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)),
                                                           max_size=8))
def test_any_spans_give_escaped_well_nested_html(text, pairs):
    spans = [Span(min(a, b), max(a, b), "s", {"title": text}, id=f"s{n}") for n, (a, b) in enumerate(pairs)]
    rendered = check_rendered(text, spans)
    assert "<" not in re.sub(r"</?span[^>]*>", "", rendered)


def test_api_docs_page_lists_the_endpoints_without_a_cdn(client):
    response = client.get("/docs")
    assert response.status_code == 200
    assert "/api/events" in response.text and "/openapi.json" in response.text
    assert "cdn" not in response.text.lower() and "https://" not in response.text
