import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from moderation.bootstrap.demo import DEMO_TEAM, set_up_demo
from moderation.bootstrap.setup import ensure_defaults


class Command(BaseCommand):
    help = (
        "Create roles, queues and default rules; with --demo also an admin, a demo team, an API client and demo data."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--demo", action="store_true")
        parser.add_argument(
            "--state-dir",
            type=Path,
            default=settings.BASE_DIR / "var" / "demo",
            help="where the demo's passwords and API token are kept across restarts (default: var/demo)",
        )

    def handle(self, *args: Any, demo: bool, state_dir: Path, **options: Any) -> None:
        ensure_defaults()
        if not demo:
            return
        # `make run` prints these once the web server answers (config/devstack.py), under "Heed is ready".
        result = set_up_demo(state_dir, admin_password=os.environ.get("HEED_ADMIN_PASSWORD", ""))
        self.stdout.write(f"  login:     admin / {result.logins['admin']}")
        for username, role in DEMO_TEAM.items():
            self.stdout.write(f"             {username} / {result.logins[username]}  ({role})")
        self.stdout.write(f"  API token: {result.token}")
        self.stdout.write(f"  API docs:  {settings.SITE_URL}/api/v1/docs")
        if result.loaded:
            self.stdout.write(f"  demo data: {result.loaded} reports filed and scored")
