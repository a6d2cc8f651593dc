"""How long from a threat's 202 to the first row of /queues/threats/, for THREATS threats (≥ 20; filed
under violent_threat, spam, other and harassment in turn, as people misfile them) while ordinary
reports stream in at RATE reports/s and a backtest and a retrain run on the batch worker. Runs against
a live Heed (`make run`, whose var/dev.env the batch jobs are started with); prints each threat, then
p50 and p99.

    HEED_URL=http://127.0.0.1:8000 HEED_TOKEN=heed_... HEED_ADMIN_PASSWORD=... \
        python bench/threat_latency.py [THREATS] [RATE] [quiet|held]

`quiet`: threats only the second reader finds (placed first as ordinary reports, then read and
raised by its task; each text checked here to be one), in English. `held`: threats the rules escalate
on a veiled form, held below the line until the reader has read them (docs/scoring.md, "Round 10"),
each checked here to be one.
"""

import http.cookiejar
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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


STREAM_BATCH = 50  # reports a request: 4 threads of 10-report requests could not post 500/s here
MISFILED = ("violent_threat", "spam", "other", "harassment")
# The batch jobs of a busy day, started beside `make run` through its settings file (var/dev.env).
START_BATCH = (
    "from django.contrib.auth.models import User; from config.celery import app; "
    "from moderation.bootstrap.defaults import RULES; from moderation.rules import backtest; "
    "app.send_task('moderation.retrain_model'); "
    "backtest.start_backtest(rule=RULES[0], days=30, by=User.objects.get(username='admin'))"
)


def stream(stop: threading.Event, rate: float, posted: list[int]) -> None:
    """Ordinary reports, STREAM_BATCH a request, at `rate` reports/s (as far as one thread keeps up)."""
    interval = STREAM_BATCH / rate
    due = time.monotonic()
    while not stop.is_set():
        post_reports([report(f"honestly you are the worst, log off {i}") for i in range(STREAM_BATCH)])
        posted.append(STREAM_BATCH)  # list.append is atomic: no lock needed between the streams
        due += interval
        time.sleep(max(0.0, due - time.monotonic()))


def critical(report_id: int) -> bool:
    request = urllib.request.Request(f"{URL}/api/v1/reports/{report_id}", headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)["tier"] == "critical"


OPENINGS = {  # a threat left for the reader, and one held for it
    "quiet": "Get your affairs in order.",
    "held": "Watch your back.",
}


def read_threat(mode: str) -> str:
    """A threat the scorer leaves unread (held back, for `held`) and the second reader escalates."""
    from moderation.scoring import score_text
    from moderation.scoring.scorer import is_doubted

    while True:
        text = f"{OPENINGS[mode]} {uuid.uuid4().hex[:6]}"
        first = score_text(text, "en")
        if first.unread and is_doubted(first) == (mode == "held") and score_text(text, "en", read=True).escalate:
            return text


def one_threat(opener: urllib.request.OpenerDirector, category: str, mode: str | None = None) -> float:
    quiet = mode is not None  # read by the second reader before it is critical
    text = read_threat(mode) if mode else f"I am going to kill you. You will die tonight. {uuid.uuid4().hex[:6]}"
    body = report(text, category=category)
    if quiet:
        body["content"]["language"] = "en"
    (threat,) = post_reports([body])
    accepted = time.monotonic()
    # A quiet threat filed as a threat is listed in the threats queue before it is read: wait for critical.
    while first_row(opener) != threat["case_id"] or (quiet and not critical(threat["id"])):
        if time.monotonic() - accepted > 30:
            raise SystemExit("the threat did not reach the top within 30 s")
        time.sleep(0.02)
    elapsed = time.monotonic() - accepted
    resolve(opener, threat["case_id"])  # so the next threat is not behind this one
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
    threats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rate = float(sys.argv[2]) if len(sys.argv) > 2 else 500.0
    mode = sys.argv[3] if sys.argv[3:4] in (["quiet"], ["held"]) else None
    opener = logged_in_opener()
    while (leftover := first_row(opener)) is not None:  # threats of an earlier run cut short
        resolve(opener, leftover)
    subprocess.run([sys.executable, "manage.py", "shell", "-c", START_BATCH], check=True)
    stop = threading.Event()
    posted: list[int] = []
    streams = [threading.Thread(target=stream, args=(stop, rate / 4, posted)) for _ in range(4)]
    started = time.monotonic()
    for t in streams:
        t.start()
    time.sleep(2)  # let the stream and the batch jobs get going
    figures = []
    try:
        for i in range(threats):
            category = MISFILED[i % len(MISFILED)]
            figures.append(one_threat(opener, category, mode))
            print(f"threat {i + 1} ({category}): {figures[-1] * 1000:.0f} ms from 202 to first row", flush=True)
    finally:
        stop.set()
        for t in streams:
            t.join()
    p50, p99 = statistics.quantiles(figures, n=100, method="inclusive")[49::49]
    achieved = sum(posted) / (time.monotonic() - started)
    print(f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms over {threats} threats")
    print(f"while streaming {achieved:.0f} reports/s (asked for {rate:.0f})")
    print("target: p99 1,000 ms")


if __name__ == "__main__":
    main()
