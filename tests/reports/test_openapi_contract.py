"""The published OpenAPI document and the API's behaviour agree: schemathesis generates valid and invalid
requests for every operation, and sequences of calls, and runs all its checks on the answers (no 5xx,
documented statuses, bodies and headers as documented, invalid input refused, authentication enforced)."""

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from config.wsgi import application
from reports.models import ApiClient, Report, hash_token

pytestmark = pytest.mark.django_db

# Known in advance, so that schemathesis itself sends it, and knows which header to drop or spoil when it
# checks that the API refuses calls without valid authentication.
TOKEN = "heed_contract-test-token"

# Loaded when the module is collected (the document needs no database); schemathesis' lazy fixture
# loader touches a pytest internal that pytest 9.2 no longer has.
schema = schemathesis.openapi.from_wsgi(
    "/api/v1/openapi.json",
    application,
    config=schemathesis.Config.from_dict({"auth": {"openapi": {"ClientToken": {"bearer": TOKEN}}}}),
)
# Bounded so the whole contract runs in seconds; the database is rolled back per test, not per example.
BOUNDED = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def platform(heed: None) -> ApiClient:
    return ApiClient.objects.create(name="platform", token_hash=hash_token(TOKEN))


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
@BOUNDED
def test_each_operation_behaves_as_the_openapi_document_says(case: schemathesis.Case) -> None:
    case.call_and_validate()


def test_sequences_of_calls_behave_as_the_openapi_document_says() -> None:
    """File a report, then read it by the id the answer gave, and so on."""
    schema.as_state_machine().run(settings=settings(BOUNDED, max_examples=20, stateful_step_count=5))
    assert Report.objects.exists(), "no call was authenticated: every check passed on 401s"
