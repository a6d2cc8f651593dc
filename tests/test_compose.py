"""docker-compose.yml scales across hosts: read as Compose reads it (Docker itself does not run in CI)."""

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SERVICES: dict[str, dict[str, Any]] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
WORKERS = [name for name, s in SERVICES.items() if " worker " in str(s.get("command", ""))]


def test_there_is_a_worker_for_each_queue() -> None:
    assert sorted(WORKERS) == ["worker", "worker_batch", "worker_deliveries", "worker_urgent"]


@pytest.mark.parametrize("name", WORKERS)
def test_a_worker_service_scales(name: str) -> None:
    service = SERVICES[name]
    assert "container_name" not in service  # `--scale` needs a name per replica
    assert "ports" not in service  # and no host port two replicas would both claim
    command = service["command"].split()
    assert command[command.index("-n") + 1].endswith("@%h")  # a node name per host
    assert "-B" not in command and "--beat" not in command  # beat once, not once per worker


def test_beat_runs_once_in_its_own_service() -> None:
    beats = [name for name, s in SERVICES.items() if str(s.get("command", "")).startswith("celery -A config beat")]
    assert beats == ["beat"]
    assert SERVICES["beat"]["deploy"]["replicas"] == 1


def test_migrations_run_once_before_the_app_starts() -> None:
    assert "migrate" not in SERVICES["web"]["command"]
    for name in ["web", *WORKERS, "beat"]:
        assert SERVICES[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}


def test_the_app_reaches_postgresql_through_pgbouncer_in_transaction_mode() -> None:
    for name in ["web", *WORKERS, "beat"]:
        environment = SERVICES[name]["environment"]
        assert environment["DATABASE_URL"].startswith("postgres://heed:heed@pgbouncer:")
        assert environment["HEED_PGBOUNCER"] == "1"  # no server-side cursors (config/settings.py)
    pgbouncer = SERVICES["pgbouncer"]["environment"]
    assert pgbouncer["POOL_MODE"] == "transaction"
    assert int(pgbouncer["DEFAULT_POOL_SIZE"]) < 100  # PostgreSQL's max_connections
    assert "@postgres:" in SERVICES["migrate"]["environment"]["DATABASE_URL"]  # DDL straight to PostgreSQL


@pytest.mark.parametrize("name", [name for name, s in SERVICES.items() if "image" in s])
def test_every_image_is_pinned_to_a_tag(name: str) -> None:
    # `latest` or no tag: each host pulls whatever is newest that day, so two hosts may run two versions.
    image = SERVICES[name]["image"]
    repository, _, tag = image.rpartition(":")
    assert repository and "/" not in tag, f"{name}: {image} has no tag"
    assert tag != "latest", f"{name}: {image} is not pinned"


def test_the_procfile_names_each_worker_by_host_and_runs_beat_apart() -> None:
    lines = dict(line.split(": ", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line.strip())
    assert [name for name, command in lines.items() if " beat " in f"{command} "] == ["beat"]
    for name, command in lines.items():
        if " worker " in command:
            assert "@%h" in command and " -B" not in command, name
