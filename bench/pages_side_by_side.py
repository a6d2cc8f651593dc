"""Claim-next, the queue page and the case page of two checkouts of Heed, timed in turns on one database.

On a shared machine whose speed moves from minute to minute, two runs of bench/queue_at_scale.py an hour
apart compare the machine more than the code. This runs both checkouts at once, each in its own process
(its own code, the same database), and asks them in turns for ten requests of each page, round after
round, so both see the same machine. Prints, per page and checkout, wall p50 and p95, CPU p50 and the
wall time of the queries.

    git worktree add /tmp/before <commit>
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/heed_queuebench_big REDIS_URL=redis://127.0.0.1:6379/2 \\
        .venv/bin/python bench/pages_side_by_side.py /tmp/before . [rounds]

The database is the one bench/queue_at_scale.py seeds (run it first); its `bench-moderator` works the
harassment queue. Both checkouts must share the schema. Production settings (DEBUG off), as the queue bench.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PAGES = ("claim-next", "queue page", "case page")
PER_TURN = 10
SETTINGS = {
    "DEBUG": "0",
    "SECRET_KEY": "bench-only",
    "ALLOWED_HOSTS": "testserver",
    "SECURE_SSL_REDIRECT": "0",
    "HEED_STATIC_MANIFEST": "0",
    "LOG_FORMAT": "text",
    "DJANGO_SETTINGS_MODULE": "config.settings",
}


def serve() -> None:
    """In a checkout's directory: answer "<page> <n>" lines with the timings of n requests, as JSON."""
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client

    from moderation.models import Triage
    from moderation.review import services

    me = User.objects.get(username="bench-moderator")
    client = Client()
    client.force_login(me)
    cases = list(Triage.objects.filter(state="open", queue__slug="harassment").values_list("case_id", flat=True)[:3000])
    opened = iter(cases * 100)

    def release(response: Any) -> None:
        """Give back the case claim-next handed out, untimed: the release is not the page."""
        services.case_release(case_id=int(response["Location"].rstrip("/").rsplit("/", 1)[1]), moderator=me)

    requests: dict[str, Callable[[], object]] = {
        "claim-next": lambda: client.post("/queues/harassment/next"),
        "queue page": lambda: client.get("/queues/harassment/"),
        "case page": lambda: client.get(f"/cases/{next(opened)}/"),
    }

    db = [0.0]

    def metered(execute: Callable, sql: str, params: object, many: bool, context: object) -> object:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            db[0] += time.perf_counter() - started

    for page in PAGES:  # warm: templates, plan cache
        response = requests[page]()
        if page == "claim-next":
            release(response)
    print("ready", flush=True)
    for line in sys.stdin:
        page, n = line.rsplit(" ", 1)
        timings = []
        for _ in range(int(n)):
            db[0] = 0.0
            started, cpu = time.perf_counter(), time.thread_time()
            with connection.execute_wrapper(metered):
                response = requests[page]()
            timings.append(((time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000, db[0] * 1000))
            if page == "claim-next":
                release(response)
        print(json.dumps(timings), flush=True)


def p95(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, round(0.95 * len(values)) - 1)]


def main(checkouts: list[str], rounds: int) -> None:
    env = {**os.environ, **SETTINGS}
    workers = []
    for checkout in checkouts:
        worker = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve"],
            cwd=checkout,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert worker.stdin is not None and worker.stdout is not None
        if worker.stdout.readline().strip() != "ready":
            sys.exit(f"{checkout}: could not start (see above)")
        workers.append(worker)
    timings: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    for turn in range(rounds):
        for page in PAGES:
            for i in range(len(workers)):
                # Alternate who goes first, so neither always follows the other's cache effects.
                index = i if turn % 2 == 0 else len(workers) - 1 - i
                worker = workers[index]
                worker.stdin.write(f"{page} {PER_TURN}\n")  # type: ignore[union-attr]
                worker.stdin.flush()  # type: ignore[union-attr]
                got = json.loads(worker.stdout.readline())  # type: ignore[union-attr]
                timings.setdefault((page, checkouts[index]), []).extend(got)
    for worker in workers:
        worker.stdin.close()  # type: ignore[union-attr]
        worker.wait()
    for page in PAGES:
        for checkout in checkouts:
            runs = timings[(page, checkout)]
            wall = [w for w, _, _ in runs]
            print(
                f"{page:<11} {checkout:<24} wall p50 {statistics.median(wall):5.1f} ms  p95 {p95(wall):5.1f} ms"
                f"   CPU p50 {statistics.median(c for _, c, _ in runs):5.1f} ms"
                f"   queries p50 {statistics.median(q for _, _, q in runs):5.1f} ms   (n={len(runs)})"
            )


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    elif len(sys.argv) in (3, 4):
        main(sys.argv[1:3], int(sys.argv[3]) if len(sys.argv) == 4 else 20)
    else:
        sys.exit(__doc__)
