"""One holder at a time across every worker host, for the periodic jobs that are not idempotent row by row."""

from collections.abc import Iterator
from contextlib import contextmanager, suppress

import redis
from django.conf import settings
from redis.exceptions import LockError


@contextmanager
def only_one(name: str, *, seconds: int) -> Iterator[bool]:
    """Yield True to the one caller, on any host, that holds `name`; False to the others, at once.

    The lock lives in Redis, beside the broker every worker already reaches, and runs out after `seconds`
    (the job's time limit) so a holder killed mid-job never blocks the next run. A PostgreSQL advisory
    lock would have to be held in a transaction as long as the job, behind PgBouncer in transaction mode.
    """
    lock = redis.Redis.from_url(settings.REDIS_URL).lock(f"heed:lock:{name}", timeout=seconds)
    if not lock.acquire(blocking=False):
        yield False
        return
    try:
        yield True
    finally:
        # It may have run out while the job ran on: the next run may hold it by now.
        with suppress(LockError):
            lock.release()
