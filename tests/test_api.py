"""The JSON API and the pages of `geopivot serve`, through Starlette's test client."""
from __future__ import annotations

import io

import pandas as pd
import pytest
from starlette.testclient import TestClient

from serve_stores import HOSTILE, demo_store, hostile_store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return demo_store(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def client(demo_db):
    from geopivot.api import create_app

    return TestClient(create_app(demo_db), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    from geopivot.api import create_app

    return TestClient(create_app(hostile_store(tmp_path_factory.mktemp("hostile"))), raise_server_exceptions=False)


def test_summary_counts_the_store(client, demo_db):
    import duckdb

    with duckdb.connect(str(demo_db), read_only=True) as con:
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    body = client.get("/api/summary").json()
    assert body["events"] == events
    assert body["articles"] == 96
    assert body["event_dates"][0].startswith("2016")
    assert sum(m["events"] for m in body["events_per_month"]) == events


@pytest.mark.parametrize("query, check", [
    ("country=KOR", lambda e: "KOR" in (e["source_country"], e["target_country"])),
    ("source=CHN", lambda e: e["source_country"] == "CHN"),
    ("a=KOR&b=CHN,RUS", lambda e: {e["source_country"], e["target_country"]} & {"CHN", "RUS"}
     and "KOR" in (e["source_country"], e["target_country"])),
    ("code=04", lambda e: e["event_code"].startswith("04")),
    ("quad=4", lambda e: e["quad_class"] == 4),
    ("since=2018-01-01&until=2018-06-30", lambda e: "2018-01-01" <= e["date"] <= "2018-06-30"),
    ("q=thaad", lambda e: "thaad" in e["sentence"].lower()),
    ("sector=GOV", lambda e: "GOV" in (e["source_sector"], e["target_sector"])),
])
def test_event_filters_select_only_matching_rows(client, query, check):
    body = client.get(f"/api/events?{query}&page_size=500").json()
    assert body["total"] > 0
    assert len(body["events"]) == min(body["total"], 500)
    assert all(check(e) for e in body["events"])


def test_pages_partition_the_rows_in_sort_order(client):
    total = client.get("/api/events?page_size=1").json()["total"]
    seen = []
    for page in range(1, 100):
        body = client.get(f"/api/events?sort=-goldstein&page_size=40&page={page}").json()
        seen += body["events"]
        if page >= body["pages"]:
            break
    assert len(seen) == total == len({e["event_id"] for e in seen})
    goldstein = [e["goldstein"] for e in seen]
    assert goldstein == sorted(goldstein, reverse=True)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_download_holds_exactly_the_filtered_rows(client, fmt):
    expected = client.get("/api/events?country=KOR&code=04&page_size=500").json()
    response = client.get(f"/api/events.{fmt}?country=KOR&code=04")
    assert response.status_code == 200
    frame = pd.read_csv(io.BytesIO(response.content)) if fmt == "csv" else pd.read_parquet(io.BytesIO(response.content))
    assert sorted(frame["event_id"]) == sorted(e["event_id"] for e in expected["events"])


def test_series_align_and_blocs_answer(client):
    series = client.get("/api/series?a=KOR&b=CHN&freq=year").json()["series"]
    assert [row["label"] for row in series] == ["2016", "2017", "2018", "2019"]
    align = client.get("/api/align?focal=KOR&pole_a=USA&pole_b=CHN,RUS&bootstrap=100").json()
    assert align["periods"] and "KOR" in align["finding"]
    blocs = client.get("/api/blocs?year=2017&ego=KOR&top=5").json()
    assert blocs["year"] == 2017 and 0 < len(blocs["edges"]) <= 5
    assert all("KOR" in (e["country_a"], e["country_b"]) for e in blocs["edges"])


@pytest.mark.parametrize("url, parameter", [
    ("/api/events?since=2017-13-01", "since"),
    ("/api/events?page_size=100000", "page_size"),
    ("/api/events?quad=7", "quad"),
    ("/api/events?sort=sentence;DROP", "sort"),
    ("/api/events?country=K'OR", "country"),
    ("/api/events?a=KOR", "b"),
    ("/api/series?a=KOR", "b"),
    ("/api/align?focal=KOR&pole_a=USA&pole_b=CHN&freq=decade", "freq"),
    ("/api/align?focal=KOR&pole_a=USA&pole_b=CHN&bootstrap=0", "bootstrap"),
    ("/api/blocs?year=1900", "year"),
    ("/api/blocs?k=40", "k"),
])
def test_bad_parameters_answer_400_naming_the_parameter(client, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["parameter"] == parameter and error["status"] == 400 and error["message"]
    assert "Traceback" not in response.text


def test_unknown_path_is_a_json_404(client):
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.json()["error"]["status"] == 404


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/events", "/api/series", "/api/align", "/api/blocs", "/api/summary"} <= set(paths)


@pytest.mark.parametrize("path", ["/", "/dyad?a=KOR&b=CHN", "/align", "/blocs", "/events", "/events?q=THAAD"])
def test_pages_render(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "<h1>" in response.text and "Traceback" not in response.text


def test_page_with_a_bad_parameter_is_an_html_400(client):
    response = client.get("/events?since=yesterday")
    assert response.status_code == 400 and "since" in response.text and "<h1>" in response.text


@pytest.mark.parametrize("path", ["/events", "/", "/dyad?a=KOR&b=CHN", "/blocs"])
def test_hostile_text_is_escaped(hostile_client, path):
    text = hostile_client.get(path).text
    assert "<script>alert" not in text and "<img src=x" not in text
    if path == "/events":
        assert "&lt;script&gt;" in text
        assert 'href="javascript:' not in text


def test_evidence_is_highlighted_from_offsets(hostile_client):
    text = hostile_client.get("/events").text
    assert '<mark class="source" title="source">Seoul</mark>' in text
    assert '<mark class="trigger" title="trigger">visited</mark>' in text
    assert '<mark class="target" title="target">Beijing</mark>' in text


def test_hostile_json_round_trips(hostile_client):
    event = hostile_client.get("/api/events").json()["events"][0]
    assert event["sentence"].endswith(HOSTILE) and event["title"] == HOSTILE
