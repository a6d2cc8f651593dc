from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

pytestmark = pytest.mark.django_db


def test_it_prints_a_working_token_alone_on_the_last_line(heed: None) -> None:
    out = StringIO()
    call_command("create_api_client", "acme", "--callback-url", "https://acme.example/hook", stdout=out)
    token = out.getvalue().strip().splitlines()[-1]
    assert token.startswith("heed_") and " " not in token
    response = Client(headers={"Authorization": f"Bearer {token}"}).get("/api/v1/reports/1")
    assert response.status_code == 404  # authenticated, just nothing there


def test_it_refuses_a_bad_callback_url(heed: None) -> None:
    with pytest.raises(CommandError, match="callback-url"):
        call_command("create_api_client", "acme", "--callback-url", "ftp://nope")
