"""Where the blur preference sends a moderator back to: only pages of this site."""

import pytest
from django.test import Client

OFFSITE = ["//evil.example", "//evil.example/queues/", "https://evil.example/", "/\\evil.example"]


@pytest.mark.parametrize("back", OFFSITE)
def test_it_does_not_redirect_a_moderator_to_another_site(as_moderator: Client, back: str) -> None:
    response = as_moderator.post("/preferences/blur", {"keep_blurred": "0", "back": back})
    assert response.status_code == 302
    assert response["Location"] == "/queues/"


def test_it_sends_a_moderator_back_to_the_page_they_came_from(as_moderator: Client) -> None:
    response = as_moderator.post("/preferences/blur", {"keep_blurred": "0", "back": "/cases/7/?x=1"})
    assert response.status_code == 302
    assert response["Location"] == "/cases/7/?x=1"


def test_it_falls_back_to_the_queues_without_a_page_to_go_back_to(as_moderator: Client) -> None:
    response = as_moderator.post("/preferences/blur", {"keep_blurred": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/queues/"
