import os
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandParser

from moderation.demo import load_demo
from moderation.roles import ADMIN
from moderation.setup import ensure_defaults
from reports.models import ApiClient, hash_token

DEMO_CLIENT = "demo-platform"


class Command(BaseCommand):
    help = "Create roles, queues and default rules; with --demo also an admin, an API client and demo data."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--demo", action="store_true")

    def handle(self, *args: Any, demo: bool, **options: Any) -> None:
        ensure_defaults()
        if not demo:
            return
        # A local demo: the admin's password and the demo token are set anew on each start and shown.
        password = os.environ.get("HEED_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        admin, _ = get_user_model().objects.get_or_create(
            username="admin", defaults={"is_staff": True, "is_superuser": True}
        )
        admin.set_password(password)
        admin.save()
        admin.groups.add(Group.objects.get(name=ADMIN))

        client = ApiClient.objects.filter(name=DEMO_CLIENT).first()
        if client is None:
            client, token = ApiClient.issue(DEMO_CLIENT)
        else:
            token = "heed_" + secrets.token_urlsafe(32)
            client.token_hash = hash_token(token)
            client.save(update_fields=["token_hash"])
        loaded = load_demo(client)

        self.stdout.write(self.style.SUCCESS(f"Heed is ready at {settings.SITE_URL}/queues/"))
        self.stdout.write(f"  login:     admin / {password}")
        self.stdout.write(f"  API token: {token}")
        self.stdout.write(f"  API docs:  {settings.SITE_URL}/api/v1/docs")
        if loaded:
            self.stdout.write(f"  demo data: {loaded} reports filed and scored")
