"""Score JSON lines of text from the command line: no database, no running service.

    python manage.py score [--input FILE] [--output FILE] < reports.jsonl

Each input line is an object with a "text" string and an optional "language" (a BCP 47 tag such
as "es"; other fields are ignored); each output line is that text's score, in the same order, with
the language it was read as (docs/scoring.md, "Languages").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.scoring import score_texts

BATCH = 256  # the model runs once per batch; a batch this size keeps memory flat on big files


class Command(BaseCommand):
    help = "Score JSON lines of {'text': ...} from --input (default stdin) to --output (default stdout)."
    requires_system_checks: list[str] = []  # scoring needs no database, so no checks against one
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", help="JSON lines to read (default: standard input)")
        parser.add_argument("--output", help="file to write (default: standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        source = _open(options["input"], "r") if options["input"] else sys.stdin
        sink = _open(options["output"], "w") if options["output"] else self.stdout
        try:
            batch: list[tuple[str, str | None]] = []
            for row in _rows(source):
                batch.append(row)
                if len(batch) == BATCH:
                    _write(sink, batch)
                    batch = []
            _write(sink, batch)
        finally:
            if options["input"]:
                source.close()
            if options["output"]:
                sink.close()


def _open(path: str, mode: str) -> IO[str]:
    try:
        return open(path, mode, encoding="utf-8")
    except OSError as e:
        raise CommandError(f"cannot open {path}: {e.strerror}") from e


def _rows(source: IO[str]) -> Iterator[tuple[str, str | None]]:
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise CommandError(f"line {number}: not valid JSON ({e.msg})") from e
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise CommandError(f'line {number}: expected an object with a "text" string')
        language = row.get("language")
        if language is not None and not isinstance(language, str):
            raise CommandError(f'line {number}: "language" must be a string such as "es"')
        yield row["text"], language


def _write(sink: Any, rows: list[tuple[str, str | None]]) -> None:
    for score in score_texts([text for text, _ in rows], [language for _, language in rows], read=True):
        row = score.as_dict()
        del row["version"]  # one line per input; the version is the same for every line
        sink.write(json.dumps(row, ensure_ascii=False) + "\n")
