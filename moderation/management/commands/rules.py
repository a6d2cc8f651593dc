"""Escalation rules as code: export them to YAML, check a file, import it.

    python manage.py rules export [--output FILE]
    python manage.py rules import FILE [--check]

The format is in docs/rules.md. An import validates the whole file first (an error names its line),
then replaces the rule set in one transaction; `--check` only validates and says what would change.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.rules import store as rulesets


class Command(BaseCommand):
    help = "Export the escalation rules as YAML, or check and import a YAML rule file."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True, metavar="{export,import}")
        export = commands.add_parser("export", help="write every rule, in evaluation order, as YAML")
        export.add_argument("--output", help="file to write (default: standard output)")
        load = commands.add_parser("import", help="replace the rule set with a YAML file's")
        load.add_argument("file", help="the YAML rule file")
        load.add_argument("--check", action="store_true", help="validate and show what would change; change nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["command"] == "export":
            self._export(options["output"])
        else:
            self._import(options["file"], check=options["check"])

    def _export(self, output: str | None) -> None:
        text = rulesets.export_yaml()
        if not output:
            self.stdout.write(text, ending="")
            return
        try:
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise CommandError(f"cannot write {output}: {e.strerror}") from e
        self.stderr.write(f"Wrote {rulesets.live_rules().count()} rules to {output}.")

    def _import(self, path: str, *, check: bool) -> None:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise CommandError(f"cannot read {path}: {e.strerror}") from e
        except UnicodeDecodeError as e:
            raise CommandError(f"{path} is not UTF-8 text") from e
        try:
            summary = rulesets.plan_import(rulesets.parse_rules_yaml(text))
            if not check:
                rulesets.import_yaml(text, by=None)
        except rulesets.RuleImportError as e:
            raise CommandError(f"{path}: {e}; nothing was changed") from e
        verb = "would" if check else "did"
        if not summary.changed:
            self.stdout.write(f"{path}: valid; it matches the current rules, so there is nothing to change.")
            return
        self.stdout.write(f"{path}: valid. The import {verb} create {len(summary.created)}, update "
                          f"{len(summary.updated)} and delete {len(summary.deleted)} rules.")  # fmt: skip
        for label, names in (("create", summary.created), ("update", summary.updated), ("delete", summary.deleted)):
            for name in names:
                self.stdout.write(f"  {label}: {name}")
