"""The facts the metrics read off each triage, kept by database triggers as the real flows run."""

from django.contrib.auth.models import User

from moderation.appeals import services
from moderation.models import Queue, Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import case_claim, case_decide, case_release
from moderation.vocabulary import Tier
from reports.models import ApiClient
from tests.helpers import file_reports, report_body

THREAT = "I'm going to kill you tonight, you're dead"
INSULT = "you are a worthless idiot"


def placed(client: ApiClient, text: str) -> Triage:
    report = file_reports(client, report_body(text))[0]
    score_reports([report.pk])
    return Triage.objects.get(case_id=report.case_id)


def decide(triage: Triage, by: User, action: str = "remove_content", reason: str = "violent-threat") -> Triage:
    triage.refresh_from_db()
    case_decide(case_id=triage.case_id, by=by, action=action, reason_code=reason, version=triage.version)
    return Triage.objects.get(pk=triage.pk)


def test_the_first_claim_is_the_first_look_and_later_ones_do_not_move_it(
    platform: tuple[ApiClient, str], moderator: User, senior: User
) -> None:
    triage = placed(platform[0], INSULT)
    assert triage.first_look_at is None

    case_claim(case_id=triage.case_id, moderator=moderator)
    first = Triage.objects.get(pk=triage.pk).first_look_at
    case_release(case_id=triage.case_id, moderator=moderator)
    case_claim(case_id=triage.case_id, moderator=senior)
    decided = decide(triage, senior, reason="harassment")

    assert first is not None and first >= triage.opened_at
    assert decided.first_look_at == first
    assert decided.reason_code == "harassment"


def test_a_decision_without_a_claim_is_the_first_look(platform: tuple[ApiClient, str], moderator: User) -> None:
    triage = placed(platform[0], INSULT)

    decided = decide(triage, moderator, action="no_violation", reason="satire-or-idiom")

    assert decided.first_look_at is not None and decided.resolved_at is not None
    assert decided.first_look_at >= decided.resolved_at  # the "decided" audit event follows the resolution
    assert (decided.reason_code, decided.escalated) == ("satire-or-idiom", False)


def test_a_critical_placement_marks_the_case_escalated_for_good(
    platform: tuple[ApiClient, str], moderator: User
) -> None:
    threat, insult = placed(platform[0], THREAT), placed(platform[0], INSULT)

    assert (threat.tier, threat.escalated) == (Tier.CRITICAL, True)
    assert insult.escalated is False
    # A moderator moving it to another queue and tier does not erase that the rules escalated it.
    Triage.objects.filter(pk=threat.pk).update(tier=Tier.NORMAL, queue=Queue.objects.get(slug="general"))
    assert decide(threat, moderator).escalated is True


def test_an_appeal_starts_a_new_stint_without_a_look_and_keeps_the_decisions_reason(
    platform: tuple[ApiClient, str], moderator: User, senior: User
) -> None:
    triage = placed(platform[0], INSULT)
    case_claim(case_id=triage.case_id, moderator=moderator)
    decide(triage, moderator, reason="harassment")

    services.appeal_file(client=platform[0], external_id="ap-1", statement="a joke", case_id=triage.case_id)
    reopened = Triage.objects.get(pk=triage.pk)
    assert (reopened.state, reopened.first_look_at, reopened.reason_code) == ("open", None, "harassment")

    case_claim(case_id=triage.case_id, moderator=senior)
    looked = Triage.objects.get(pk=triage.pk).first_look_at
    assert looked is not None and looked >= reopened.opened_at


def test_a_full_save_of_a_stale_copy_keeps_the_facts(platform: tuple[ApiClient, str], moderator: User) -> None:
    triage = placed(platform[0], INSULT)
    stale = Triage.objects.get(pk=triage.pk)
    case_claim(case_id=triage.case_id, moderator=moderator)

    stale.priority = 99
    stale.save()

    saved = Triage.objects.get(pk=triage.pk)
    assert saved.priority == 99
    assert saved.first_look_at is not None
