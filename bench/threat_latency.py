"""How long from a death threat's 202 to the first row of /queues/threats/, while 1,000 ordinary
reports stream in. Runs against a live Heed (`make run`); prints each run and the median.

    HEED_URL=http://127.0.0.1:8000 HEED_TOKEN=heed_... HEED_ADMIN_PASSWORD=... python bench/threat_latency.py [RUNS]
"""

import http.cookiejar
import json
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid

URL = os.environ.get("HEED_URL", "http://127.0.0.1:8000")
TOKEN = os.environ["HEED_TOKEN"]
PASSWORD = os.environ["HEED_ADMIN_PASSWORD"]


def post_reports(reports: list[dict]) -> list[dict]:
    request = urllib.request.Request(
        f"{URL}/api/v1/reports",
        data=json.dumps({"reports": reports}).encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:
        assert response.status == 202
        return json.load(response)["reports"]


def report(text: str, category: str = "harassment") -> dict:
    n = uuid.uuid4().hex
    return {
        "external_id": f"bench-{n}",
        "category": category,
        "content": {"id": f"bench-post-{n}", "text": text, "author": {"id": f"bench-author-{n[:6]}"}},
        "reporter": {"id": f"bench-reporter-{n[:4]}"},
    }


def logged_in_opener() -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{URL}/login/").read().decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]  # type: ignore[index]
    form = urllib.parse.urlencode({"username": "admin", "password": PASSWORD, "csrfmiddlewaretoken": csrf})
    opener.open(urllib.request.Request(f"{URL}/login/", data=form.encode(), headers={"Referer": f"{URL}/login/"}))
    return opener


def first_row(opener: urllib.request.OpenerDirector) -> int | None:
    html = opener.open(f"{URL}/queues/threats/").read().decode()
    found = re.search(r'data-case-id="(\d+)"', html)
    return int(found.group(1)) if found else None


def one_run(opener: urllib.request.OpenerDirector) -> float:
    stop = threading.Event()

    def stream() -> None:
        for _ in range(25):  # 4 threads × 25 requests × 10 reports = 1,000
            if stop.is_set():
                return
            post_reports([report(f"honestly you are the worst, log off {i}") for i in range(10)])

    streams = [threading.Thread(target=stream) for _ in range(4)]
    for t in streams:
        t.start()
    time.sleep(0.5)
    text = f"I am going to kill you. You will die tonight. {uuid.uuid4().hex[:6]}"
    (threat,) = post_reports([report(text, category="violent_threat")])
    accepted = time.monotonic()
    while first_row(opener) != threat["case_id"]:
        if time.monotonic() - accepted > 30:
            raise SystemExit("the threat did not reach the top within 30 s")
        time.sleep(0.02)
    elapsed = time.monotonic() - accepted
    for t in streams:
        t.join()
    resolve(opener, threat["case_id"])  # so the next run's threat is not behind this one
    return elapsed


def resolve(opener: urllib.request.OpenerDirector, case_id: int) -> None:
    page = opener.open(f"{URL}/cases/{case_id}/").read().decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]  # type: ignore[index]
    version = re.search(r'name="version" value="(\d+)"', page)[1]  # type: ignore[index]
    form = {
        "csrfmiddlewaretoken": csrf,
        "action": "remove_content",
        "reason_code": "violent-threat",
        "version": version,
    }
    request = urllib.request.Request(
        f"{URL}/cases/{case_id}/decide", data=urllib.parse.urlencode(form).encode(), headers={"Referer": URL}
    )
    opener.open(request)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    opener = logged_in_opener()
    figures = []
    for i in range(runs):
        figures.append(one_run(opener))
        print(f"run {i + 1}: {figures[-1] * 1000:.0f} ms from 202 to first row")
    print(f"median {statistics.median(figures) * 1000:.0f} ms over {runs} runs (target: 2,000 ms)")


if __name__ == "__main__":
    main()
