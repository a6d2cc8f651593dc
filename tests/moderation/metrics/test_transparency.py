"""transparency_report writes the seeded history's counts as JSON and CSV."""

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.utils import timezone

from moderation.appeals import services
from reports.models import ApiClient
from tests.moderation.metrics.seed_history import seed


def test_it_writes_the_seeded_counts(
    tmp_path: Path, platform: tuple[ApiClient, str], moderator: User, senior: User, admin_user: User
) -> None:
    now = timezone.now()
    history = seed(platform[0], moderator, senior, now)
    client = platform[0]
    a, _ = services.appeal_file(client=client, external_id="ap-a", statement="x", case_id=history.cases["A"])
    services.appeal_decide(appeal_id=a.pk, by=senior, outcome="overturned", note="Game talk.")
    d, _ = services.appeal_file(client=client, external_id="ap-d", statement="x", case_id=history.cases["D"])
    # sam decided D; appeals are for seniors and admins
    services.appeal_decide(appeal_id=d.pk, by=admin_user, outcome="upheld", note="Stands.")
    services.appeal_file(client=client, external_id="ap-e", statement="x", case_id=history.cases["E"])
    start, end = (now - timedelta(days=3)).date(), now.date()

    call_command("transparency_report", "--from", str(start), "--to", str(end), "--output-dir", str(tmp_path))

    stem = tmp_path / f"transparency-{start}-{end}"
    counts = json.loads(stem.with_suffix(".json").read_text())
    assert counts["notices_received"] == {"total": 7, "by_category": {"harassment": 4, "violent_threat": 3}}
    assert counts["actions_taken"] == {"total": 5, "by_type": {"no_violation": 1, "remove_content": 4}}
    # resolved: A and D (again, just now, on appeal: ~0 s), B 2 h, E reopened by its appeal, G 10 h
    assert counts["handling"]["cases_resolved"] == 4
    assert counts["handling"]["median_handling_seconds"] == pytest.approx(3600.0, abs=1)
    assert counts["appeals"] == {"received": 3, "upheld": 1, "overturned": 1}
    rows = list(csv.reader(stem.with_suffix(".csv").open()))
    assert rows[0] == ["section", "key", "value"]
    assert ["notices_received", "violent_threat", "3"] in rows
    assert ["actions_taken", "remove_content", "4"] in rows
    assert ["appeals", "overturned", "1"] in rows


def test_it_refuses_an_inverted_range(db: None, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="before"):
        call_command("transparency_report", "--from", "2025-02-01", "--to", "2025-01-01", "--output-dir", str(tmp_path))
