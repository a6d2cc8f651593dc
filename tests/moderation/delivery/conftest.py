"""A local webhook receiver for the delivery tests."""

from collections.abc import Iterator

import pytest

from tests.helpers import Receiver


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.stop()
