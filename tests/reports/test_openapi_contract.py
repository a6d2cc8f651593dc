"""The published OpenAPI document and the API's behaviour agree: schemathesis generates valid and invalid
requests for every operation and runs all its checks on the answers (no 5xx, documented statuses, bodies
and headers as documented, invalid input refused, auth enforced)."""

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from config.wsgi import application
from reports.models import ApiClient

pytestmark = pytest.mark.django_db


# Loaded when the module is collected (the document needs no database); schemathesis' lazy fixture
# loader touches a pytest internal that pytest 9.2 no longer has.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(autouse=True)
def _keep_the_test_transaction() -> Iterator[None]:
    # The WSGI handler closes the database connection after each request, which would end the test's
    # transaction; Django's own test client disconnects the same receivers.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
# Bounded so the whole contract runs in seconds; function-scoped fixtures are fine, the database is
# rolled back once per operation, not per example.
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_api_behaves_as_its_openapi_document_says(case: schemathesis.Case, platform: tuple[ApiClient, str]) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {platform[1]}"})
