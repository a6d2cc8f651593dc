"""Data migrations run against an existing install's rows, migrating back and forward for real."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from moderation.bootstrap.setup import ensure_defaults
from moderation.models import Queue, TeamSettings

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("moderation", "0006_metrics_facts")]


def migrate(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()  # what is applied now
    return executor


def test_an_existing_install_gets_its_senior_and_appeals_queues_restricted_but_an_admins_choice_stands() -> None:
    old = migrate(BEFORE).loader.project_state(BEFORE).apps
    Group, Queue = old.get_model("auth", "Group"), old.get_model("moderation", "Queue")
    # migration 0002 made the roles; a flushed test database may have lost them
    moderator, *_ = (Group.objects.get_or_create(name=n)[0] for n in ("Moderator", "Senior moderator", "Admin"))
    Queue.objects.create(slug="senior", name="Senior review")
    Queue.objects.create(slug="appeals", name="Appeals").allowed_roles.add(moderator)  # an admin chose this
    Queue.objects.create(slug="threats", name="Critical: threats")

    new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes()).loader.project_state().apps

    roles = {
        q.slug: {g.name for g in q.allowed_roles.all()} for q in new.get_model("moderation", "Queue").objects.all()
    }
    # (0010 adds "Other languages", open to every role.)
    assert roles == {
        "senior": {"Senior moderator", "Admin"},
        "appeals": {"Moderator"},
        "threats": set(),
        "other-languages": set(),
    }


def test_an_existing_install_gets_the_other_languages_queue_chosen_for_languages_the_scorer_does_not_read() -> None:
    before = [("moderation", "0009_retention")]
    old = migrate(before).loader.project_state(before).apps
    old.get_model("moderation", "TeamSettings").objects.create(pk=1, claim_minutes=12)

    new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes()).loader.project_state().apps

    team = new.get_model("moderation", "TeamSettings").objects.select_related("unscored_language_queue").get(pk=1)
    assert (team.unscored_language_queue.slug, team.unscored_language_queue.name, team.claim_minutes) == (
        "other-languages",
        "Other languages",
        12,
    )


def test_a_fresh_install_sends_languages_the_scorer_does_not_read_to_other_languages() -> None:
    ensure_defaults()
    assert TeamSettings.load().unscored_language_queue == Queue.objects.get(slug="other-languages")


def test_a_fresh_install_restricts_the_senior_and_appeals_queues() -> None:
    ensure_defaults()
    ensure_defaults()  # idempotent

    restricted = {q.slug: {g.name for g in q.allowed_roles.all()} for q in Queue.objects.exclude(allowed_roles=None)}
    assert restricted == {"senior": {"Senior moderator", "Admin"}, "appeals": {"Senior moderator", "Admin"}}
