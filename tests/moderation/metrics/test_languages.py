"""Volume and handling time per language, against the hand-counted history of seed_history.py."""

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from moderation.metrics import compute
from reports.models import ApiClient, Case
from tests.moderation.metrics.seed_history import Seeded, seed


@pytest.fixture
def history(platform: tuple[ApiClient, str], moderator: User, senior: User) -> Seeded:
    seeded = seed(platform[0], moderator, senior, timezone.now())
    # A and D are Spanish, the rest English.
    Case.objects.update(language="en")
    Case.objects.filter(pk__in=[seeded.cases["A"], seeded.cases["D"]]).update(language="es")
    return seeded


def test_it_counts_cases_and_the_median_time_to_decision_per_language(history: Seeded) -> None:
    # In the 24 h: es opened A, D and resolved A (1 h), D (2 h); en opened B, C, F and resolved B (2 h), E (7 h).
    assert compute.per_language(compute.Period.last("24h", now=history.now)) == [
        {"language": "en", "opened": 3, "resolved": 2, "p50": 16200.0},
        {"language": "es", "opened": 2, "resolved": 2, "p50": 5400.0},
    ]


def test_the_metrics_page_shows_them_and_downloads_them(history: Seeded, senior: User) -> None:
    c = Client()
    c.force_login(senior)
    page = c.get("/metrics/?period=24h").content.decode()
    assert "Volume and median handling time per language" in page
    rows = list(csv.reader(io.StringIO(c.get("/metrics/?period=24h&format=csv&chart=languages").content.decode())))
    assert rows == [
        ["language", "cases opened", "cases resolved", "median minutes to decision"],
        ["en", "3", "2", "270.0"],
        ["es", "2", "2", "90.0"],
    ]
