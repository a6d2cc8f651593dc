"""The queue page's rows, worked out in Python in one pass: the template only places strings.

Rendering a hundred rows through filters (`timesince`, `timeuntil`, `truncatechars`, `url`) and deep
lookups (`t.case.text`, `t.get_tier_display`) was most of the page's time. The strings are the same
as those filters give; each row is a plain dict, the cheapest thing for a template to look into.

A row's HTML depends on its values alone, and every moderator's 2-second poll shows the same rows again
(their waits change once a minute): each row is rendered once and kept, by its values."""

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, TypedDict

from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.utils.translation import get_language

from moderation.vocabulary import Tier, is_blurred, is_threat_scored

# What a row shows, and nothing else: the triage's other JSON (reasons, …) and the case's other fields stay unread.
FIELDS = (
    "case_id",
    "tier",
    "threat",
    "categories",
    "top_signals",
    "matched_rules",
    "report_count",
    "reporter_count",
    "opened_at",
    "sla_due_at",
    "breached",  # annotated by queries.open_cases
    "case__text",
    "case__language",
)
SNIPPET_CHARS = 140
SIGNALS_SHOWN = 3
_TIER_LABELS = {t.value: t.label for t in Tier}


class QueueRow(TypedDict):
    case_id: int
    url: str
    tier: str
    signals: tuple[str, ...]  # the first few; when there are none, the first rule that matched says why
    rule: str
    language: str
    threat_scored: bool
    snippet: str
    blurred: bool
    reports: str
    waiting: str
    sla_due: str  # ISO 8601, for the browser's countdown (heed.js)
    breached: bool
    sla: str


def snippet(text: str, chars: int = SNIPPET_CHARS) -> str:
    """`text|truncatechars:chars`, without its per-character walk for a text that cannot be longer."""
    text = unicodedata.normalize("NFC", text)
    return text if len(text) <= chars else Truncator(text).chars(chars)


def case_urls() -> Callable[[int], str]:
    """The case page's URL for an id: one reverse() for a page's rows, not one a row."""
    head, _, tail = reverse("case", args=[1]).rpartition("1")
    return lambda case_id: f"{head}{case_id}{tail}"


# Under four weeks `timesince` counts no months, so its words depend on the minutes alone: a page's hundred
# waits and SLAs come from a small table instead of ~25 µs of calendar and translation work each.
_NO_MONTHS = timedelta(days=28)
_ANCHOR = datetime(2000, 1, 1, tzinfo=UTC)


@lru_cache(maxsize=8192)
def _minutes_in_words(minutes: int, language: str | None) -> str:
    """`language` (the active one) is part of the key: the words are translated."""
    return timesince(_ANCHOR, _ANCHOR + timedelta(minutes=minutes))


def span(start: datetime, end: datetime) -> str:
    """`timesince(start, end)`: "0 minutes" when `end` is not after `start`, else the time between in words."""
    if end - start >= _NO_MONTHS:
        return timesince(start, end)
    return _minutes_in_words(max(0, int((end - start).total_seconds() // 60)), get_language())


def queue_rows(triages: Iterable[Mapping[str, Any]], *, now: datetime) -> list[QueueRow]:
    """Each case of a queue page as its row shows it, from the triages' FIELDS (`.values(*FIELDS)`)."""
    url = case_urls()
    rows = []
    for t in triages:
        case_id, language, rules = t["case_id"], t["case__language"], t["matched_rules"]
        reports, people = t["report_count"], t["reporter_count"]
        rows.append(
            QueueRow(
                case_id=case_id,
                url=url(case_id),
                tier=_TIER_LABELS[t["tier"]],
                signals=tuple(s["name"] for s in t["top_signals"][:SIGNALS_SHOWN]),
                rule=(rules[0].get("rule") if rules else None) or "—",
                language=language or "—",
                threat_scored=is_threat_scored(language),
                snippet=snippet(t["case__text"]),
                blurred=is_blurred(tier=t["tier"], threat=t["threat"], categories=t["categories"]),
                reports=f"{reports} ({people} people)" if people != reports else str(reports),
                waiting=span(t["opened_at"], now),
                sla_due=t["sla_due_at"].isoformat(),
                breached=t["breached"],
                sla="breached" if t["breached"] else span(now, t["sla_due_at"]),
            )
        )
    return rows


ROW_TEMPLATE = "moderation/_queue_row.html"
_ROW_KEYS = tuple(QueueRow.__annotations__)


def rows_html(triages: Iterable[Mapping[str, Any]], *, now: datetime) -> list[SafeString]:
    return [row_html(row) for row in queue_rows(triages, now=now)]


def row_html(row: QueueRow) -> SafeString:
    return _rendered(tuple(row[k] for k in _ROW_KEYS), get_language())  # type: ignore[literal-required]


@lru_cache(maxsize=4096)  # ~1 KB a row: a few MB a process
def _rendered(values: tuple[Any, ...], language: str | None) -> SafeString:
    """`language` (the active one) is part of the key, as the template's words could be translated."""
    return SafeString(get_template(ROW_TEMPLATE).render({"r": dict(zip(_ROW_KEYS, values, strict=True))}))
