"""Measure threat detection on labelled JSON lines: no database, no running service.

    python manage.py evaluate --input FILE.jsonl

Each line: {"text": ..., "threat": 0|1, "kind": optional grouping for the error report,
"language": optional BCP 47 tag}. A text with a language is scored as that language (its forms and
English's); when any row has one, the figures are also given per language (rows without one count
as "und").
"""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.learning.evaluation import evaluate
from moderation.scoring import TextScore, score_texts
from moderation.scoring.languages import primary_subtag


class Command(BaseCommand):
    help = "Print precision, recall, F1 and ROC AUC of threat detection on labelled JSON lines."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", required=True, help="JSON lines with text, threat (0/1) and optional kind")
        parser.add_argument("--show", type=int, default=5, help="examples of each error kind to print")

    def handle(self, *args: Any, input: str, show: int, **options: Any) -> None:
        texts, labels, kinds, languages = [], [], [], []
        try:
            with open(input, encoding="utf-8") as f:
                for number, line in enumerate(f, start=1):
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    if not isinstance(row.get("text"), str) or row.get("threat") not in (0, 1, True, False):
                        raise CommandError(f"line {number}: needs a text string and threat 0 or 1")
                    texts.append(row["text"])
                    labels.append(int(row["threat"]))
                    kinds.append(str(row.get("kind") or row.get("source") or "-"))
                    language = row.get("language")
                    if language is not None and not isinstance(language, str):
                        raise CommandError(f'line {number}: language must be a string such as "es"')
                    languages.append(language)
        except OSError as exc:
            raise CommandError(f"cannot read {input}: {exc}") from None
        except json.JSONDecodeError as exc:
            raise CommandError(f"line {number}: not JSON ({exc.msg})") from None
        if not texts:
            raise CommandError("no labelled lines to evaluate")

        scores = score_texts(texts, languages, read=True)  # the final verdicts, second reading included
        result = evaluate(labels, [s.escalate for s in scores], [s.threat for s in scores], kinds)
        auc = "n/a" if result.roc_auc is None else f"{result.roc_auc:.3f}"
        self.stdout.write(f"texts {result.n}  threats {result.positives}  scorer {scores[0].version}")
        self.stdout.write(
            f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}  ROC AUC {auc}"
        )
        if any(languages):
            self._per_language(labels, scores, kinds, [primary_subtag(tag) for tag in languages])
        for title, errors, want in (
            ("missed threats", result.false_negatives, 1),
            ("false alarms", result.false_positives, 0),
        ):
            self.stdout.write(f"{title}: {sum(errors.values())}")
            for kind, count in errors.most_common():
                self.stdout.write(f"  {kind}: {count}")
                shown = [t for t, y, s, k in zip(texts, labels, scores, kinds, strict=True)
                         if k == kind and y == want and s.escalate != bool(want)][:show]  # fmt: skip
                for text in shown:
                    self.stdout.write(f"    - {text[:120]!r}")

    def _per_language(self, labels: list[int], scores: list[TextScore], kinds: list[str], tags: list[str]) -> None:
        for tag in sorted(set(tags)):
            rows = [i for i, t in enumerate(tags) if t == tag]
            result = evaluate(
                [labels[i] for i in rows],
                [scores[i].escalate for i in rows],
                [scores[i].threat for i in rows],
                [kinds[i] for i in rows],
            )
            self.stdout.write(
                f"  {tag}: texts {result.n}  threats {result.positives}  precision {result.precision:.3f}  "
                f"recall {result.recall:.3f}  F1 {result.f1:.3f}  missed {sum(result.false_negatives.values())}  "
                f"false alarms {sum(result.false_positives.values())}"
            )
