"""Languages in the moderator's workspace: the queue filter, Next case by the languages a moderator reads,
and where moderators and admins say which languages those are."""

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.models import ModeratorPreference, Queue, Triage
from moderation.placement.pipeline import score_reports
from moderation.vocabulary import MODERATOR, Tier
from reports.models import ApiClient, Case
from tests.helpers import file_reports, make_user, report_body

pytestmark = pytest.mark.django_db


def in_general(client: ApiClient, text: str, language: str, *, tier: Tier = Tier.NORMAL, priority: float = 0) -> int:
    body = report_body(text, category="other")
    body["content"]["language"] = language
    (report,) = file_reports(client, body)
    score_reports([report.pk])
    Triage.objects.filter(case_id=report.case_id).update(
        queue=Queue.objects.get(slug="general"), tier=tier, priority=priority
    )
    return report.case_id


def logged_in(user: User) -> Client:
    c = Client()
    c.force_login(user)
    return c


def reads(user: User, *languages: str) -> None:
    ModeratorPreference.objects.update_or_create(user=user, defaults={"languages": list(languages)})


def next_case(c: Client) -> int | None:
    response = c.post("/queues/general/next")
    location: str = response["Location"]
    return int(location.split("/")[2]) if location.startswith("/cases/") else None


@pytest.fixture
def client_(platform: tuple[ApiClient, str]) -> ApiClient:
    return platform[0]


def test_the_queue_shows_each_case_s_language_and_filters_by_it(client_: ApiClient, as_moderator: Client) -> None:
    spanish = in_general(client_, "buenas tardes a todos", "es")
    german = in_general(client_, "guten Tag zusammen", "de")

    page = as_moderator.get("/queues/general/").content.decode()
    assert '<option value="es">es</option>' in page and '<option value="de">de</option>' in page
    filtered = as_moderator.get("/queues/general/?language=es").content.decode()
    assert f'data-case-id="{spanish}"' in filtered
    assert f'data-case-id="{german}"' not in filtered
    assert '<option value="es" selected>' in filtered
    # A language the platform named but Heed does not detect is offered while it is asked for.
    assert '<option value="is" selected>' in as_moderator.get("/queues/general/?language=is").content.decode()
    # A value that is no language code filters nothing rather than failing.
    assert f'data-case-id="{german}"' in as_moderator.get("/queues/general/?language=ES'--").content.decode()


def test_next_case_prefers_the_moderator_s_languages_within_a_tier_but_never_over_one(
    client_: ApiClient, moderator: User
) -> None:
    reads(moderator, "pt")
    urgent_german = in_general(client_, "hallo", "de", tier=Tier.HIGH, priority=1)
    busy_spanish = in_general(client_, "hola", "es", priority=90)
    quiet_portuguese = in_general(client_, "olá", "pt", priority=10)
    me = logged_in(moderator)

    assert next_case(me) == urgent_german  # a higher tier first, whatever its language
    me.post(f"/cases/{urgent_german}/release")
    Triage.objects.filter(case_id=urgent_german).update(state=Triage.State.RESOLVED)
    assert next_case(me) == quiet_portuguese  # then theirs, though another has more priority
    me.post(f"/cases/{quiet_portuguese}/release")
    Triage.objects.filter(case_id=quiet_portuguese).update(state=Triage.State.RESOLVED)
    assert next_case(me) == busy_spanish  # an unrestricted queue still hands out the rest


def test_a_queue_that_requires_languages_hands_each_moderator_only_cases_in_theirs(
    client_: ApiClient, moderator: User
) -> None:
    Queue.objects.filter(slug="general").update(languages_required=True)
    carla = make_user("carla", MODERATOR)
    reads(moderator, "de")
    reads(carla, "es", "pt")
    spanish = in_general(client_, "hola", "es", priority=50)
    german = in_general(client_, "hallo", "de", priority=10)
    japanese = in_general(client_, "こんにちは", "ja", priority=90)
    mo, ca = logged_in(moderator), logged_in(carla)

    assert next_case(mo) == german
    assert next_case(ca) == spanish
    # Each holds a claim now; on finishing, nothing left that either reads: the Japanese case waits.
    for c, case_id in ((mo, german), (ca, spanish)):
        Triage.objects.filter(case_id=case_id).update(state=Triage.State.RESOLVED)
        assert next_case(c) is None
    assert Triage.objects.get(case_id=japanese).state == Triage.State.OPEN


def test_a_queue_that_requires_languages_hands_a_moderator_who_lists_none_only_undetermined_cases(
    client_: ApiClient, moderator: User
) -> None:
    Queue.objects.filter(slug="general").update(languages_required=True)
    german = in_general(client_, "hallo", "de", priority=90)
    undetermined = in_general(client_, "ok", "und", priority=10)
    Case.objects.filter(pk=undetermined).update(language="und")
    me = logged_in(moderator)

    assert next_case(me) == undetermined
    Triage.objects.filter(case_id=undetermined).update(state=Triage.State.RESOLVED)
    assert next_case(me) is None
    assert Triage.objects.get(case_id=german).state == Triage.State.OPEN


def test_a_moderator_lists_the_languages_they_read_on_their_preferences_page(
    as_moderator: Client, moderator: User
) -> None:
    assert "Languages read" in as_moderator.get("/preferences/").content.decode()
    response = as_moderator.post("/preferences/", {"languages": "es, pt-BR fr es"})
    assert response.status_code == 302
    assert ModeratorPreference.objects.get(user=moderator).languages == ["es", "pt", "fr"]
    assert 'value="es, pt, fr"' in as_moderator.get("/preferences/").content.decode()


def test_it_refuses_what_is_no_language_code_on_the_preferences_page(as_moderator: Client, moderator: User) -> None:
    response = as_moderator.post("/preferences/", {"languages": "es, Spanish!"})
    assert response.status_code == 200
    assert "Not a language code: Spanish!" in response.content.decode()
    assert not ModeratorPreference.objects.filter(user=moderator).exclude(languages=[]).exists()


def test_an_admin_sets_a_moderator_s_languages_and_a_queue_s_language_requirement(
    admin_user: User, moderator: User
) -> None:
    admin = logged_in(admin_user)
    listing = admin.get("/admin-settings/languages/").content.decode()
    assert f"/admin-settings/moderators/{moderator.pk}/languages" in listing

    response = admin.post(f"/admin-settings/moderators/{moderator.pk}/languages", {"languages": "de, nl"})
    assert response.status_code == 302
    assert ModeratorPreference.objects.get(user=moderator).languages == ["de", "nl"]
    assert "de, nl" in admin.get("/admin-settings/languages/").content.decode()

    queue = Queue.objects.get(slug="general")
    data: dict[str, Any] = {"name": queue.name, "description": "", "sla_minutes": 60, "position": 1}
    assert admin.post(f"/admin-settings/queues/{queue.pk}/", {**data, "languages_required": "on"}).status_code == 302
    assert Queue.objects.get(pk=queue.pk).languages_required


def test_a_moderator_may_not_set_a_colleague_s_languages(as_moderator: Client, moderator: User) -> None:
    assert as_moderator.get(f"/admin-settings/moderators/{moderator.pk}/languages").status_code == 403
