"""Accepting reports: store them with their case in one transaction, then hand them to scoring."""

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache

from celery import current_app
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from reports.languages import UNDETERMINED, primary_subtag
from reports.models import ApiClient, Case, Category, ContentVersion, LanguageSource, Report, version_digest
from reports.schemas import Content, ReportIn

log = logging.getLogger(__name__)


@transaction.atomic
def accept_reports(*, client: ApiClient, items: Sequence[ReportIn]) -> list[Report]:
    """Store `items` (idempotent on external_id) and return their reports in input order.

    1. A report already stored (a retry, or a repost under another content id) is returned unchanged
       and touches nothing.
    2. Insert the new reports' cases, versions and reports, each set in one statement that leaves
       existing rows alone (ON CONFLICT DO NOTHING, or an update of versions, which only intake
       locks), in a fixed order: intake never waits for a row that scoring holds.
    3. Bring each touched case's text, url and last_reported_at to its newest version, locking the case
       rows in id order, the order scoring locks them in, so the two serialise instead of deadlocking.
    """
    now = timezone.now()
    first: dict[str, ReportIn] = {}
    for item in items:
        first.setdefault(item.external_id, item)  # a repeat inside one batch is the same report

    stored = set(
        Report.objects.filter(client=client, external_id__in=list(first)).values_list("external_id", flat=True)
    )
    fresh = [item for external_id, item in sorted(first.items()) if external_id not in stored]
    if fresh:
        _store(client, fresh, now)

    reports = {r.external_id: r for r in Report.objects.filter(client=client, external_id__in=list(first))}
    unscored = sorted(
        (r.pk, r.category, first[r.external_id].content.text) for r in reports.values() if r.scored_at is None
    )
    # Reports filed as threats, and those whose text the screen finds suspect whatever they were filed
    # as (people misfile), go to the urgent queue, which no ordinary backlog stands in front of.
    misfiled = [(pk, text) for pk, category, text in unscored if category != Category.VIOLENT_THREAT]
    suspect = _screen()([text for _, text in misfiled]) if misfiled else []
    ordinary = [pk for (pk, _), hit in zip(misfiled, suspect, strict=True) if not hit]
    urgent = sorted({pk for pk, _, _ in unscored} - set(ordinary))
    if urgent:
        transaction.on_commit(lambda: _enqueue_scoring("moderation.score_urgent", urgent), robust=True)
    if ordinary:
        transaction.on_commit(lambda: _enqueue_scoring("moderation.score_reports", ordinary), robust=True)
    return [reports[item.external_id] for item in items]


def _store(client: ApiClient, items: list[ReportIn], now: datetime) -> None:
    by_content: dict[str, ReportIn] = {}
    for item in items:
        by_content.setdefault(item.content.id, item)
    Case.objects.bulk_create(
        [
            Case(
                client=client,
                content_id=content_id,
                url=item.content.url,
                text=item.content.text,
                author_id=item.content.author.id,
                author_handle=item.content.author.handle,
                target_id=item.target.id if item.target else "",
                target_handle=item.target.handle if item.target else "",
                reply_to=item.content.reply_to,
                content_created_at=item.content.created_at,
                first_reported_at=now,
                last_reported_at=now,
                **_given_language(item.content),
            )
            for content_id, item in sorted(by_content.items())
        ],
        ignore_conflicts=True,
    )
    case_ids = dict(Case.objects.filter(client=client, content_id__in=list(by_content)).values_list("content_id", "id"))

    def version_key(item: ReportIn) -> tuple[int, str]:
        return case_ids[item.content.id], version_digest(item.content.text, item.content.url)

    by_version = {version_key(item): item for item in items}
    versions = ContentVersion.objects.bulk_create(
        [
            ContentVersion(
                case_id=case_id,
                digest=digest,
                text=item.content.text,
                url=item.content.url,
                first_reported_at=now,
                last_reported_at=now,
            )
            for (case_id, digest), item in sorted(by_version.items())
        ],
        update_conflicts=True,
        unique_fields=["case", "digest"],
        update_fields=["last_reported_at"],
    )
    version_ids = {(v.case_id, v.digest): v.pk for v in versions}

    Report.objects.bulk_create(
        [
            Report(
                client=client,
                external_id=item.external_id,
                case_id=case_ids[item.content.id],
                version_id=version_ids[version_key(item)],
                category=item.category,
                comment=item.comment,
                reporter_id=item.reporter.id,
                reporter_handle=item.reporter.handle,
                target_id=item.target.id if item.target else "",
                target_handle=item.target.handle if item.target else "",
                received_at=now,
                raw=item.model_dump(mode="json"),
            )
            for item in items
        ],
        # Another request filed one of these since step 1: its report stands, ours is dropped.
        ignore_conflicts=True,
    )
    touched_cases = sorted(case_ids.values())
    ours = Report.objects.filter(client=client, external_id__in=[i.external_id for i in items])
    if ours.filter(version_id__in=list(version_ids.values())).count() < len(items):
        _drop_unreported(touched_cases, sorted(version_ids.values()))
    _follow_newest_version(touched_cases)
    _take_given_languages(by_content, case_ids)


def _given_language(content: Content) -> dict[str, str]:
    """The case's language fields for a language the report gave; none for none, or for "und", which
    says nothing: the scoring worker detects those."""
    if not content.language or primary_subtag(content.language) == UNDETERMINED:
        return {}
    return {
        "language": primary_subtag(content.language),
        "language_tag": content.language,
        "language_source": LanguageSource.GIVEN,
    }


def _take_given_languages(by_content: dict[str, ReportIn], case_ids: dict[str, int]) -> None:
    # A language given by a later report replaces one detected (the platform knows better than a
    # detector); one given first stands. One statement for the batch; the case rows are locked already
    # (_follow_newest_version).
    given = [
        (case_ids[content_id], g) for content_id, item in by_content.items() if (g := _given_language(item.content))
    ]
    if not given:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE reports_case c SET language = v.language, language_tag = v.tag, language_source = %s "
            "FROM unnest(%s::bigint[], %s::text[], %s::text[]) AS v(id, language, tag) "
            "WHERE c.id = v.id AND c.language_source <> %s",
            [
                LanguageSource.GIVEN,
                [case_id for case_id, _ in given],
                [g["language"] for _, g in given],
                [g["language_tag"] for _, g in given],
                LanguageSource.GIVEN,
            ],
        )


def _drop_unreported(case_ids: list[int], version_ids: list[int]) -> None:
    """Remove versions and cases this batch created for reports that lost a race to another request
    filing the same external_id with other content.

    Every committed case and version has a report (they are stored together), so one without any
    is this transaction's own and nobody else can see it.
    """
    ContentVersion.objects.filter(id__in=version_ids, reports__isnull=True).delete()
    Case.objects.filter(id__in=case_ids, reports__isnull=True).delete()


def _follow_newest_version(case_ids: list[int]) -> None:
    # Lock in id order first: one UPDATE … FROM locks rows in whatever order its plan visits them.
    list(Case.objects.select_for_update().filter(id__in=case_ids).order_by("id").values_list("id", flat=True))
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE reports_case c SET text = v.text, url = v.url, "
            "last_reported_at = GREATEST(c.last_reported_at, v.last_reported_at) "
            "FROM (SELECT DISTINCT ON (case_id) case_id, text, url, last_reported_at FROM reports_contentversion "
            "      WHERE case_id = ANY(%s) ORDER BY case_id, last_reported_at DESC, id DESC) v "
            # A row rewritten with the values it holds is still a new row version, and with them new entries in
            # every index (the text's trigrams too) unless PostgreSQL finds room on its page: skip those.
            "WHERE c.id = v.case_id AND (c.text, c.url, c.last_reported_at) "
            "IS DISTINCT FROM (v.text, v.url, GREATEST(c.last_reported_at, v.last_reported_at))",
            [case_ids],
        )


@cache
def _screen() -> Callable[[list[str]], list[bool]]:
    # By dotted path (settings.HEED_INTAKE_SCREEN), as scoring is reached by task name: intake imports
    # nothing of moderation.
    return import_string(settings.HEED_INTAKE_SCREEN)


def _enqueue_scoring(task: str, report_ids: list[int]) -> None:
    # By name (settings route it to its queue): intake knows nothing of moderation. If the broker is
    # down, the sweep re-enqueues.
    try:
        current_app.send_task(task, args=[report_ids], retry=False)
    except Exception:
        log.exception("could not enqueue scoring of %d reports; the sweep will pick them up", len(report_ids))
