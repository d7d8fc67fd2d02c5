#!/usr/bin/env python3
"""Writes the response examples of openapi.yaml (src/main/resources/openapi-examples/) from real answers
of a running service (default http://localhost:8080, the README's run command on the bundled dataset):
every list cut to its first two items, nothing else changed (an SVG chart is kept whole). Run it after a change
of the answers.

The writes' examples are real answers too, from a service on a fresh database with the bundled dataset
and a write key (MYNACARD_API_KEYS=ops:write:<sha256 of the key>), in data/mic-c4j/20221231:
  publishRelease.json      POST all four files of the set again: 200, "unchanged" (release 47)
  retractRelease.json      DELETE /api/v1/releases/47?reason=example+of+a+retraction
  publishRelease-201.json  POST all_localgovs.csv, all_prefectures.csv, summary_by_types.csv (the set
                           without its demographics table, so new bytes): 201, a new release
"""
import json
import re
import sys
import urllib.request
from pathlib import Path

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
OUT = Path(__file__).resolve().parents[3] / "main" / "resources" / "openapi-examples"

REQUESTS = {
    "getApplicationMethods": "/api/v1/application-methods",
    "getApplications": "/api/v1/applications",
    "listAreas": "/api/v1/areas?level=prefecture",
    "getArea": "/api/v1/areas/13",
    "getAreaSeries": "/api/v1/areas/13/series?metric=cards-issued-rate",
    "compareAreas": "/api/v1/compare?areas=47,45&metric=cards-issued-rate",
    "projectTarget": "/api/v1/projections?area=47&metric=cards-issued-rate&target=50&source=C4J&to=2022-12-31",
    "getStandings": "/api/v1/standings?date=2022-12-31&k=10",
    "getMovers": "/api/v1/movers?from=2021&to=2022",
    "getBottlenecks": "/api/v1/bottlenecks",
    "getLineChart": "/api/v1/charts/cards-issued-rate.svg?area=47,45&from=2022&to=2022&source=C4J",
    "getSparkline": "/api/v1/charts/cards-issued-rate/sparkline.svg?area=47&source=C4J",
    "streamReleases": "/api/v1/releases/stream",
    "getDemographics": "/api/v1/demographics",
    "getIssuances": "/api/v1/issuances",
    "listMetrics": "/api/v1/metrics",
    "listCategories": "/api/v1/categories",
    "getMetric": "/api/v1/metrics/cards-held",
    "queryObservations": "/api/v1/observations?metric=cards-issued-rate&level=prefecture&date=2022-12-31&limit=2",
    "getRegionalRates": "/api/v1/regional-rates",
    "listReleases": "/api/v1/releases",
    "getReleaseFeed": "/api/v1/releases/feed",
    "getRelease": "/api/v1/releases/47",
    "getReleaseChanges": "/api/v1/releases/47/changes?since=46",
    "getServiceUsage": "/api/v1/service-usage",
    "getServiceUsageOfService": "/api/v1/service-usage/health-insurance",
    "listSources": "/api/v1/sources",
    "getSummary": "/api/v1/summary",
    "listProblemTypes": "/problems",
    "getProblemType": "/problems/unknown-area",
}


def get(path, accept):
    request = urllib.request.Request(BASE + path, headers={"Accept": accept})
    with urllib.request.urlopen(request) as response:
        return response.read().decode("utf-8")


def cut(node):
    if isinstance(node, list):
        return [cut(item) for item in node[:2]]
    if isinstance(node, dict):
        return {key: cut(value) for key, value in node.items()}
    return node


def first_event(path):
    """The stream's first event (it never ends by itself): its lines up to the blank one that closes it."""
    request = urllib.request.Request(BASE + path, headers={"Accept": "text/event-stream"})
    lines = []
    with urllib.request.urlopen(request, timeout=10) as response:
        for raw in response:
            line = raw.decode("utf-8").rstrip("\r\n")
            lines.append(line)
            if line == "" and len(lines) > 1:
                break
    return "\n".join(lines) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for operation, path in REQUESTS.items():
        if operation == "getReleaseFeed":
            feed = get(path, "application/atom+xml")
            entries = re.findall(r"<entry>.*?</entry>", feed, re.S)
            head, tail = feed.split("<entry>", 1)[0], feed.rsplit("</entry>", 1)[1]
            (OUT / f"{operation}.atom").write_text(head + "".join(entries[:2]) + tail, encoding="utf-8")
            continue
        if operation == "streamReleases":
            (OUT / f"{operation}.events").write_text(first_event(path), encoding="utf-8")
            continue
        if path.split("?")[0].endswith(".svg"):
            (OUT / f"{operation}.svg").write_text(get(path, "image/svg+xml"), encoding="utf-8")
            continue
        body = json.loads(get(path, "application/json"))
        (OUT / f"{operation}.json").write_text(json.dumps(cut(body), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        try:
            csv = get(path + ("&" if "?" in path else "?") + "format=csv", "text/csv")
            (OUT / f"{operation}.csv").write_text("".join(csv.splitlines(keepends=True)[:3]), encoding="utf-8")
        except urllib.error.HTTPError:
            pass  # no CSV for this operation


main()
