"""The benchmark scripts run as `python bench/NAME.py`, which puts bench/ first on the import path."""

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_no_benchmark_script_shadows_a_standard_library_module() -> None:
    # bench/queue.py once made every other script's `import queue` (psycopg, Celery) load it instead.
    names = {path.stem for path in BENCH.glob("*.py")}
    assert names, "no benchmark scripts found"
    assert not names & set(sys.stdlib_module_names)


def test_the_ingest_bench_tells_the_stacks_processes_apart() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from ingest import process_group
    finally:
        sys.path.remove(str(BENCH))
    venv = "/work/.venv/bin/python3.11 /work/.venv/bin/"
    assert process_group(f"{venv}gunicorn config.wsgi --bind 127.0.0.1:8000 --workers 2") == "web (gunicorn)"
    assert process_group(f"{venv}celery -A config worker --concurrency=1 -n urgent@%h -Q heed-urgent") == (
        "worker urgent"
    )
    assert process_group(f"{venv}celery -A config worker -n scoring@%h -Q heed") == "worker scoring"
    assert process_group(f"{venv}celery -A config beat --loglevel=info") == "beat"
    assert process_group("postgres: 15/main: postgres heed 127.0.0.1(5050) idle") == "PostgreSQL (every database)"
    assert process_group("/usr/bin/redis-server 127.0.0.1:6379") == "Redis"
    assert process_group("/work/.venv/bin/python -m honcho start -f Procfile") == "honcho (log relay)"
    assert process_group("/usr/lib/chromium/chromium --headless") is None
