"""The benchmark scripts run as `python bench/NAME.py`, which puts bench/ first on the import path."""

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_no_benchmark_script_shadows_a_standard_library_module() -> None:
    # bench/queue.py once made every other script's `import queue` (psycopg, Celery) load it instead.
    names = {path.stem for path in BENCH.glob("*.py")}
    assert names, "no benchmark scripts found"
    assert not names & set(sys.stdlib_module_names)
