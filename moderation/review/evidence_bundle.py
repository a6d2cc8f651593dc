"""The evidence bundle for a law-enforcement referral: snapshot, metadata, reports, decisions, audit."""

from typing import Any

from django.utils import timezone

from moderation.models import AuditEvent, Decision, Note, Score, Triage


def evidence_bundle(triage: Triage) -> dict[str, Any]:
    case = triage.case
    versions = case.numbered_versions()
    number = {v.pk: v.number for v in versions}
    return {
        "generated_at": timezone.now().isoformat(),
        "case": {
            "id": case.pk,
            "platform": case.client.name,
            "content_id": case.content_id,
            "url": case.url,
            "text": case.text,
            **case.language_fields(),
            "content_created_at": case.content_created_at.isoformat() if case.content_created_at else None,
            "author": {"id": case.author_id, "handle": case.author_handle},
            "target": {"id": case.target_id, "handle": case.target_handle},
            "first_reported_at": case.first_reported_at.isoformat(),
            "state": triage.state,
            "tier": triage.get_tier_display(),
            "queue": triage.queue.slug,
        },
        # Every distinct text and URL reported, oldest first; `text` above is the newest.
        "versions": [
            {
                "number": v.number,
                "text": v.text,
                "url": v.url,
                "first_reported_at": v.first_reported_at.isoformat(),
                "last_reported_at": v.last_reported_at.isoformat(),
                "reports": v.external_ids,
            }
            for v in versions
        ],
        "reports": [
            {
                "external_id": r.external_id,
                "version": number[r.version_id],
                "received_at": r.received_at.isoformat(),
                "category": r.category,
                "comment": r.comment,
                "reporter": {"id": r.reporter_id, "handle": r.reporter_handle},
                "target": {"id": r.target_id, "handle": r.target_handle},
            }
            for r in case.reports.order_by("received_at")
        ],
        "scores": [
            {
                "at": s.created_at.isoformat(),
                "scorer_version": s.scorer_version,
                "threat": s.threat,
                "categories": s.categories,
                "signals": s.signals,
                "version": number[s.version_id],
            }
            for s in Score.objects.filter(case=case).order_by("created_at")
        ],
        "decisions": [
            {
                "at": d.created_at.isoformat(),
                "by": d.by.get_username(),
                "action": d.action,
                "reason_code": d.reason_code,
                "note": d.note,
                "suspend_days": d.suspend_days,
            }
            for d in Decision.objects.filter(case=case).select_related("by")
        ],
        "notes": [
            {"at": n.created_at.isoformat(), "by": n.author.get_username(), "text": n.text}
            for n in Note.objects.filter(case=case).select_related("author")
        ],
        "audit": [
            {
                "at": e.at.isoformat(),
                "actor": e.actor.get_username() if e.actor else "Heed",
                "action": e.action,
                "data": e.data,
            }
            for e in AuditEvent.objects.filter(case=case).select_related("actor")
        ],
    }
