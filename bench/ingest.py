"""Ingest end to end against a live Heed, beside the scorer alone on the same texts and cores.

    HEED_URL=http://127.0.0.1:8000 HEED_TOKEN=heed_... .venv/bin/python bench/ingest.py [REPORTS] [BATCH] [CLIENTS]

1. CLIENTS threads (default 4) post REPORTS reports (default 20,000) in BATCH-report requests (default
   500) to POST /api/v1/reports: accepted reports/s is REPORTS over the time until the last 202.
2. Then it waits until the API says every report is `queued`: while work is in flight it polls only
   the last report of each request (GET /api/v1/reports/{id}), so the bench takes little CPU from
   the stack; once those are queued it reposts every request (idempotent: the 202 answers each stored
   report's status) until none is `received`. End to end is the first post to that answer, so it
   includes the last check (a few seconds at most).
3. The scorer alone: `score_texts` on the same texts, split over one process per core, after a
   warm-up, by the wall clock.

Prints both, their ratio (target ≥ 0.5), the CPU time the machine spent meanwhile and how it was shared
between the stack's processes on this machine (web, each worker, beat, the log relay, PostgreSQL, Redis),
read from /proc.
Texts are `bench/score.py`'s 280-character posts, mostly benign; one report in ten piles on a post
reported earlier in its request.
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # the scorer alone: one core a process
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import json
import multiprocessing
import random
import re
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from score import corpus

URL = os.environ.get("HEED_URL", "http://127.0.0.1:8000")
TOKEN = os.environ.get("HEED_TOKEN", "")
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
# As platforms file them: mostly harassment and spam, some filed as threats (the urgent queue).
CATEGORIES = ("harassment",) * 3 + ("spam",) * 2 + ("hate", "other", "self_harm", "private_info", "violent_threat")


def call(path: str, body: object | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{URL}{path}", data=data, headers=HEADERS)
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)


def requests(texts: list[str], batch: int, run: str) -> list[list[dict]]:
    """The reports, `batch` a request; one in ten piles on a post reported earlier in its request."""
    rng = random.Random(7)
    out: list[list[dict]] = []
    for start in range(0, len(texts), batch):
        chunk: list[dict] = []
        for i, text in enumerate(texts[start : start + batch], start):
            content = {"id": f"post-{run}-{i}", "text": text, "author": {"id": f"author-{rng.randrange(5000)}"}}
            if chunk and rng.random() < 0.1:
                content = rng.choice(chunk)["content"]
            report = {
                "external_id": f"ingest-{run}-{i}",
                "category": rng.choice(CATEGORIES),
                "content": content,
                "reporter": {"id": f"reporter-{rng.randrange(2000)}"},
            }
            if rng.random() < 0.2:
                report["target"] = {"id": f"target-{rng.randrange(500)}"}
            chunk.append(report)
        out.append(chunk)
    return out


def post(batch: list[dict]) -> list[dict]:
    return call("/api/v1/reports", {"reports": batch})["reports"]


def post_all(batches: list[list[dict]], clients: int) -> list[int]:
    """Post every request; the id of the last report of each."""
    with ThreadPoolExecutor(clients) as pool:
        return [answer[-1]["id"] for answer in pool.map(post, batches)]


def wait_for_last_of_each(pending: list[int]) -> None:
    """Poll the last report of each request (GET /api/v1/reports/{id}) until all are queued: a few
    requests every half second, little CPU taken from the stack."""
    while pending:
        time.sleep(0.5)
        pending = [i for i in pending if call(f"/api/v1/reports/{i}")["status"] == "received"]


def wait_for_all(batches: list[list[dict]], clients: int) -> None:
    """Until every report is queued (or further on), by reposting each request: posting is idempotent
    and answers each stored report's status, 500 a request where GET takes one. (A repost of a report
    still unscored enqueues its scoring again, as a retry would; by now few are.)"""
    with ThreadPoolExecutor(clients) as pool:
        while batches:
            answers = list(pool.map(post, batches))
            batches = [b for b, a in zip(batches, answers, strict=True) if any(r["status"] == "received" for r in a)]
            if batches:
                time.sleep(0.5)


def _score_share(texts: list[str], ready: "multiprocessing.synchronize.Barrier", done: "multiprocessing.Queue") -> None:
    from moderation.scoring import score_texts

    score_texts(texts[:50])  # compile the patterns and load the model outside the timing
    ready.wait()
    score_texts(texts)
    done.put(time.perf_counter())


def scorer_alone(texts: list[str], cores: int) -> float:
    """Texts/s of score_texts over `cores` processes, each scoring its share, by the wall clock."""
    ready = multiprocessing.Barrier(cores + 1)
    done: multiprocessing.Queue = multiprocessing.Queue()
    shares = [texts[i::cores] for i in range(cores)]
    processes = [multiprocessing.Process(target=_score_share, args=(s, ready, done)) for s in shares]
    for p in processes:
        p.start()
    ready.wait()
    start = time.perf_counter()
    finished = max(done.get() for _ in processes)
    for p in processes:
        p.join()
    return len(texts) / (finished - start)


def machine_cpu_seconds() -> float:
    """Busy CPU seconds of the whole machine since boot (every process: Heed, PostgreSQL, Redis, others)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def process_group(cmdline: str) -> str | None:
    """Which part of a stack on this machine a process is, from its command line; None if none."""
    if cmdline.startswith("postgres"):
        return "PostgreSQL (every database)"
    if "redis-server" in cmdline:
        return "Redis"
    if "gunicorn" in cmdline:
        return "web (gunicorn)"
    if "celery" in cmdline and " beat" in cmdline:
        return "beat"
    if "celery" in cmdline and (name := re.search(r"-n (\w+)@", cmdline)):
        return f"worker {name.group(1)}"
    if "honcho" in cmdline:
        return "honcho (log relay)"
    return None


def stack_cpu_seconds() -> dict[int, tuple[str, float]]:
    """CPU seconds so far of each process of the stack on this machine, by pid (a process that exits in
    between takes its seconds with it)."""
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if group := process_group(cmdline):
            found[int(proc.name)] = (group, (int(stat[11]) + int(stat[12])) / tick)
    return found


def by_group(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]) -> dict[str, float]:
    spent: dict[str, float] = {}
    for pid, (group, seconds) in after.items():
        spent[group] = spent.get(group, 0.0) + seconds - before.get(pid, (group, 0.0))[1]
    return dict(sorted(spent.items(), key=lambda kv: -kv[1]))


def main() -> None:
    if not TOKEN:
        sys.exit("HEED_TOKEN is not set: the API token `make run` prints")
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    cores = os.cpu_count() or 1
    texts = corpus(total, seed=int(time.time()))  # fresh texts a run: no run is scored from a cache
    batches = requests(texts, batch, uuid.uuid4().hex[:8])
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)

    busy_before, stack_before = machine_cpu_seconds(), stack_cpu_seconds()
    start = time.perf_counter()
    last_of_each = post_all(batches, clients)
    accepted = time.perf_counter() - start
    wait_for_last_of_each(last_of_each)
    wait_for_all(batches, clients)
    end_to_end = time.perf_counter() - start
    busy = machine_cpu_seconds() - busy_before
    stack = by_group(stack_before, stack_cpu_seconds())
    print(f"{total:,} reports, {len(batches)} requests of {batch} from {clients} clients", flush=True)
    print(f"accepted:    {total / accepted:,.0f} reports/s ({accepted:.1f} s to the last 202)")
    print(f"end to end:  {total / end_to_end:,.0f} reports/s ({end_to_end:.1f} s to the last one queued)")
    print(
        f"machine CPU busy meanwhile: {busy:.0f} s on {cores} cores "
        f"(every process; {busy / total * 1e3:.1f} ms a report), of which:"
    )
    for group, seconds in stack.items():
        print(f"    {group:<30} {seconds:6.1f} s  {seconds / total * 1e3:5.2f} ms a report")

    alone = scorer_alone(texts, cores)
    print(f"scorer alone: {alone:,.0f} texts/s on {cores} processes (score_texts, wall clock)")
    print(f"ratio end to end / scorer alone: {total / end_to_end / alone:.2f} (target 0.5)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
