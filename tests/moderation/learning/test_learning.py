"""Retraining from moderators' decisions, and the rule that promotes a model."""

import random
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.utils import timezone

from moderation.learning import training
from moderation.models import Decision, ScorerModel
from moderation.scoring import score_text
from moderation.scoring.model import install, load_model
from reports.models import ApiClient, Case

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def restore_model() -> Iterator[None]:
    shipped = load_model()
    yield
    install(shipped)
    cache.delete(training.CACHE_KEY)


def decided(client: ApiClient, by: User, rows: list[tuple[str, bool]]) -> None:
    now = timezone.now()
    cases = Case.objects.bulk_create(
        Case(client=client, content_id=f"c{i}", text=text, author_id="a", first_reported_at=now, last_reported_at=now)
        for i, (text, _) in enumerate(rows)
    )
    Decision.objects.bulk_create(
        Decision(
            case=case,
            action="remove_content" if threat else "no_violation",
            reason_code="violent-threat" if threat else "not-abusive",
            by=by,
            case_version=1,
        )
        for case, (_, threat) in zip(cases, rows, strict=True)
    )


def coded_threats(n: int) -> list[tuple[str, bool]]:
    # A community's new code word for a threat, which no shipped model knows.
    rng = random.Random(5)
    names = ["maya", "sam", "jo", "lee", "ana", "kit"]
    places = ["tonight", "after school", "at the station", "on friday", "soon", "this week"]
    rows = []
    for i in range(n):
        who, when = rng.choice(names), rng.choice(places)
        rows.append((f"{who} is getting zorblatted {when} #{i}", True))
        rows.append((f"{who} posted a zebra picture {when} #{i}", False))
    return rows


def test_the_promotion_rule_needs_a_real_gain() -> None:
    assert training.should_promote(0.80, 0.78)
    assert not training.should_promote(0.785, 0.78)
    assert not training.should_promote(0.70, 0.78)
    assert not training.should_promote(0.5, 0.0)  # better than nothing is not good enough


def test_it_does_not_retrain_on_too_few_decisions(platform: tuple[ApiClient, str], moderator: User) -> None:
    decided(platform[0], moderator, coded_threats(20))
    assert training.retrain() is None
    assert not ScorerModel.objects.exists()


def test_training_rows_follow_each_cases_latest_decision(platform: tuple[ApiClient, str], moderator: User) -> None:
    decided(platform[0], moderator, [("I will hurt you", True), ("nice dog", False)])
    case = Case.objects.get(text="nice dog")
    Decision.objects.create(
        case=case, action="refer_law_enforcement", reason_code="imminent-harm", by=moderator, case_version=2
    )
    assert sorted((r["text"], r["threat"]) for r in training.training_rows()) == [
        ("I will hurt you", 1),
        ("nice dog", 1),
    ]


def test_training_rows_carry_each_cases_language(platform: tuple[ApiClient, str], moderator: User) -> None:
    """A retrained model learns each language's own coefficients from its cases (model.MODEL_LANGUAGES)."""
    decided(platform[0], moderator, [("vou te matar", True), ("nice dog", False)])
    Case.objects.filter(text="vou te matar").update(language="pt")
    assert sorted((r["text"], r["language"]) for r in training.training_rows()) == [
        ("nice dog", ""),
        ("vou te matar", "pt"),
    ]


def test_a_model_that_beats_the_incumbent_is_promoted_and_scores(
    platform: tuple[ApiClient, str], moderator: User
) -> None:
    decided(platform[0], moderator, coded_threats(150))
    stored = training.retrain()
    assert stored is not None and stored.active
    assert stored.metrics["candidate_f1"] >= stored.metrics["incumbent_f1"] + training.PROMOTION_MARGIN
    assert stored.metrics["held_out"] == 2 * round(150 * training.HELD_OUT_SHARE)

    training.use_active_model()
    result = score_text("kit is getting zorblatted tomorrow")
    assert f"+model-{stored.version}+" in result.version  # the retrained model, read with the seed's second reader
    assert any(s.name == "threat.model" for s in result.signals)


def test_a_model_no_better_than_the_shipped_one_is_kept_but_not_used(
    platform: tuple[ApiClient, str], moderator: User
) -> None:
    plain = [(f"I am going to kill you, {i}", True) for i in range(120)]
    plain += [(f"what a lovely photo of the sunset, {i}", False) for i in range(120)]
    decided(platform[0], moderator, plain)
    stored = training.retrain()
    assert stored is not None and not stored.active
    assert stored.metrics["incumbent_f1"] > 0.95
    assert ScorerModel.objects.filter(active=True).count() == 0


def test_a_weak_model_is_never_promoted(platform: tuple[ApiClient, str], moderator: User) -> None:
    rng = random.Random(3)
    noise = [
        (f"some ordinary post number {i} about {rng.choice(['cats', 'rain'])}", rng.random() < 0.5) for i in range(300)
    ]
    decided(platform[0], moderator, noise)
    stored = training.retrain()
    assert stored is not None and not stored.active
    training.use_active_model()
    assert "decisions-" not in score_text("hello").version
