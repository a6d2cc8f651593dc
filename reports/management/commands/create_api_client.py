from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import URLValidator

from config import network
from reports.models import ApiClient


class Command(BaseCommand):
    help = "Create an API client for an integrating platform; prints its token alone on the last line."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("--callback-url", default="", help="where decision webhooks are sent")

    def handle(self, *args: Any, name: str, callback_url: str, **options: Any) -> None:
        if callback_url:
            try:
                URLValidator(schemes=["http", "https"])(callback_url)
            except ValidationError:
                raise CommandError(f"--callback-url: not an http(s) URL: {callback_url!r}") from None
            if refusal := network.refusal_on_save(callback_url):
                raise CommandError(f"--callback-url: {refusal}")
        if ApiClient.objects.filter(name=name).exists():
            raise CommandError(f"an API client named {name!r} already exists")
        client, token = ApiClient.issue(name, callback_url)
        self.stdout.write(
            f"Created API client {client.name!r} (id {client.pk}). Webhook secret: {client.webhook_secret}"
        )
        self.stdout.write("Token (shown once):")
        self.stdout.write(token)
